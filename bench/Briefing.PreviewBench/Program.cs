using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.PreviewBench;
using Briefing.Preview;
using Briefing.Core;

// Edit-to-reload latency of `briefing preview`: how long after a file is saved the page is told to reload.
// Usage: dotnet run -c Release --project bench/Briefing.PreviewBench [-- --edits N --pages N --trace]
// --trace prints each edit's timeline: when the rebuild started after the save, how long it took, and the delivery.
var edits = Argument("--edits", 30);
var pages = Argument("--pages", 1000);
var trace = args.Contains("--trace");
var defaults = new PreviewOptions { SiteRoot = "." };

var repo = SiteRoot.Find(Environment.CurrentDirectory) ?? throw new InvalidOperationException("Run the benchmark inside the repository.");
var scratch = Path.Combine(Path.GetTempPath(), "briefing-preview-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var results = new List<Measurement>();
try
{
    var real = Path.Combine(scratch, "real");
    SiteCopy.Copy(repo, real);
    results.AddRange(await new Scenario("real site", real, trace).RunAsync(Edits("input/summaries/background.md"), edits));

    var generated = Path.Combine(scratch, "generated");
    SiteCopy.Copy(repo, generated);
    var existingPages = Directory.EnumerateFiles(Path.Combine(generated, "input"), "*.md", SearchOption.AllDirectories)
        .Count(f => !f.Contains("/glossary/", StringComparison.Ordinal)) + 2; // + the article and the timeline
    var added = Math.Max(0, pages - existingPages);
    GeneratedSite.AddSummaries(generated, added);
    var middle = "input/summaries/" + GeneratedSite.FileName(Math.Max(1, added / 2));
    results.AddRange(await new Scenario($"{existingPages + added} pages", generated, trace).RunAsync(Edits(middle), edits));
}
finally
{
    if (Directory.Exists(scratch))
    {
        Directory.Delete(scratch, recursive: true);
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Quiet period before a rebuild: {defaults.SingleFileDebounce.TotalMilliseconds:0} ms after a one-file change, {defaults.Debounce.TotalMilliseconds:0} ms after several. {edits} timed edits per row after 3 warm-up edits; {Environment.ProcessorCount} cores."));
Console.WriteLine();
Console.WriteLine("| Site | Edit | Save → event, median | p90 | min | max | Rebuild, median |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
foreach (var group in results.GroupBy(r => (r.Site, r.Edit)))
{
    var latency = group.Select(r => r.LatencyMs).Order().ToList();
    var rebuild = group.Select(r => r.RebuildMs).Where(r => !double.IsNaN(r)).Order().ToList();
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"| {group.Key.Site} | {group.Key.Edit} | {Percentile(latency, 0.5):0.0} ms | {Percentile(latency, 0.9):0.0} ms | {latency[0]:0.0} ms | {latency[^1]:0.0} ms | {Percentile(rebuild, 0.5):0.0} ms |"));
}

static IReadOnlyList<EditKind> Edits(string summary) =>
[
    new("summary body", summary, (text, n) => text.TrimEnd() + string.Create(CultureInfo.InvariantCulture, $"\n\nEdit number {n} to the body. [¶3](cite:p3)\n"), ReloadEvent.Reload),
    new("summary title", summary, (text, n) => TitleLine().Replace(text, string.Create(CultureInfo.InvariantCulture, $"title: \"Edited title {n}\""), 1), ReloadEvent.Reload),
    new("stylesheet", "theme/assets/site.css", (text, n) => text.TrimEnd() + string.Create(CultureInfo.InvariantCulture, $"\n.edit-{n} {{ color: inherit; }}\n"), ReloadEvent.Css),
];

static double Percentile(IReadOnlyList<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

int Argument(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

internal static partial class Program
{
    [GeneratedRegex("^title: .*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLine();
}
