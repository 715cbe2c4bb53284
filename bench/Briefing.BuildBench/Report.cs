using System.Globalization;
using System.Text;

namespace Briefing.BuildBench;

/// <summary>The results as a Markdown table of medians, with the ratios to Hugo measured in the same run.</summary>
internal static class Report
{
    public static string Table(IReadOnlyList<RowResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| Row | Briefing wall | Briefing CPU | Briefing peak | Hugo wall | Hugo CPU | Hugo peak | Wall ratio | CPU ratio | Peak ratio | Largest page |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var b = Medians(r.Briefing);
            var h = r.Hugo.Count > 0 ? Medians(r.Hugo) : null;
            var hugo = h is null
                ? "— | — | — | — | — | — | "
                : Invariant($"{h.WallSeconds:0.000} s | {h.CpuSeconds:0.00} s | {h.PeakMiB:0} MiB | {b.WallSeconds / h.WallSeconds:0.00}× | {b.CpuSeconds / h.CpuSeconds:0.00}× | {b.PeakMiB / h.PeakMiB:0.00}× | ");
            text.Append(Invariant($"| {r.Row.Name} | {b.WallSeconds:0.000} s | {b.CpuSeconds:0.00} s | {b.PeakMiB:0} MiB | "))
                .Append(hugo)
                .AppendLine(Invariant($"{r.LargestPage} ({r.LargestPageBytes / 1024.0:0} KB) |"));
        }

        var sized = results.Where(r => r.Row.GlossaryTerms == 0 && r.Row.Pages > 0).OrderBy(r => r.Row.Pages).ToList();
        for (var i = 1; i < sized.Count; i++)
        {
            var (small, large) = (sized[i - 1], sized[i]);
            text.AppendLine(Invariant(
                $"\nGrowth {small.Row.Pages} → {large.Row.Pages} pages ({(double)large.Row.Pages / small.Row.Pages:0.#}× the pages): Briefing wall {Medians(large.Briefing).WallSeconds / Medians(small.Briefing).WallSeconds:0.00}×, Hugo wall {Medians(large.Hugo).WallSeconds / Medians(small.Hugo).WallSeconds:0.00}×"));
        }

        return text.ToString();
    }

    /// <summary>The search index's cost: medians with and without it, and what it adds to the build.</summary>
    public static string SearchCost(SearchCostResult r)
    {
        var on = Medians(r.WithSearch);
        var off = Medians(r.WithoutSearch);
        return new StringBuilder()
            .AppendLine("| Search index | Wall | CPU | Peak |")
            .AppendLine("|---|---:|---:|---:|")
            .AppendLine(Invariant($"| {r.Pages:N0} pages with search | {on.WallSeconds:0.000} s | {on.CpuSeconds:0.00} s | {on.PeakMiB:0} MiB |"))
            .AppendLine(Invariant($"| {r.Pages:N0} pages, search: false | {off.WallSeconds:0.000} s | {off.CpuSeconds:0.00} s | {off.PeakMiB:0} MiB |"))
            .AppendLine(Invariant($"| the index adds | {Percent(on.WallSeconds, off.WallSeconds)} | {Percent(on.CpuSeconds, off.CpuSeconds)} | {Percent(on.PeakMiB, off.PeakMiB)} |"))
            .ToString();
    }

    public static string SearchCostRuns(SearchCostResult r) =>
        Invariant($"{r.Pages:N0} pages with search: {Format(r.WithSearch)}; search: false: {Format(r.WithoutSearch)}");

    private static string Percent(double with, double without) => Invariant($"{(with - without) / without * 100:+0.0;-0.0} %");

    public static string Runs(RowResult r) =>
        Invariant($"{r.Row.Name}: Briefing {Format(r.Briefing)}") + (r.Hugo.Count > 0 ? Invariant($"; Hugo {Format(r.Hugo)}") : "");

    private static string Format(IReadOnlyList<Measurement> runs) =>
        string.Join(", ", runs.Select(m => Invariant($"{m.WallSeconds:0.000} s/{m.CpuSeconds:0.00} s CPU/{m.PeakMiB:0} MiB")));

    private static Measurement Medians(IReadOnlyList<Measurement> runs) =>
        new(Median.Of(runs.Select(m => m.WallSeconds)), Median.Of(runs.Select(m => m.CpuSeconds)), Median.Of(runs.Select(m => m.PeakMiB)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
