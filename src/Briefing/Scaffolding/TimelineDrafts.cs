using System.Globalization;
using System.Text;
using Briefing.Content;

namespace Briefing.Scaffolding;

/// <summary>
/// Writes timeline candidates as draft events of <c>input/data/timeline.yml</c>, oldest first: the date at the
/// precision the text gives, its label, <c>approximate: true</c> for a date resolved from a relative expression,
/// <c>cites</c> filled with the paragraphs, the title still to write, and the sentences as comments.
/// </summary>
internal static class TimelineDrafts
{
    public const string Header =
        "# Timeline events, oldest first (keys: README, \"Timeline\"). The drafts below are the dates the article gives:\n" +
        "# write each title (and text), check the date, then delete 'draft: true' to publish the event, or delete it.\n";

    /// <summary>The whole file for a new site.</summary>
    public static string File(IReadOnlyList<TimelineCandidate> candidates, SeedArticleDate? dateline, string citePrefix)
    {
        var entries = Entries(candidates, dateline, citePrefix);
        return Header + (entries.Length == 0 ? "events: []\n" : "events:\n" + entries);
    }

    /// <summary>The draft events alone, indented as items of <c>events:</c>.</summary>
    public static string Entries(IReadOnlyList<TimelineCandidate> candidates, SeedArticleDate? dateline, string citePrefix)
    {
        var text = new StringBuilder();
        var dated = candidates.Where(c => c.Date is not null).Select(c => (Date: c.Date!, Write: (Action)(() => Event(text, c, citePrefix)))).ToList();
        if (dateline is { } published)
        {
            dated.Add((published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), () => Dateline(text, published, citePrefix)));
        }

        // A stable sort keeps the article's order among events of one date.
        foreach (var (_, write) in dated.OrderBy(d => d.Date, StringComparer.Ordinal))
        {
            write();
        }

        return text.ToString();
    }

    private static void Event(StringBuilder text, TimelineCandidate candidate, string citePrefix)
    {
        foreach (var source in candidate.Sources)
        {
            text.Append(YamlText.Comment($"{source.ParagraphId}: \u201C{source.Sentence}\u201D", "  ")).Append('\n');
        }

        if (candidate.Approximate)
        {
            text.Append(YamlText.Comment($"\u201C{candidate.Text}\u201D counted back from the article's dateline: an approximate date.", "  ")).Append('\n');
        }

        text.Append("  - date: ").Append(YamlText.Quote(candidate.Date!)).Append('\n');
        if (candidate.Label is { } label)
        {
            text.Append("    label: ").Append(YamlText.Quote(label)).Append('\n');
        }

        if (candidate.Approximate)
        {
            text.Append("    approximate: true\n");
        }

        text.Append("    title: ").Append(YamlText.Quote(Placeholders.Write("event title", $"What happened ({candidate.Text})."))).Append('\n');
        text.Append("    cites: [").Append(string.Join(", ", candidate.Paragraphs.Select(p => citePrefix + "p" + p.ToString(CultureInfo.InvariantCulture)))).Append("]\n");
        text.Append("    draft: true\n");
    }

    private static void Dateline(StringBuilder text, SeedArticleDate published, string citePrefix)
    {
        text.Append(YamlText.Comment($"The dateline: \u201C{published.Text}\u201D. No paragraph states it: cite the one your text draws on.", "  ")).Append('\n');
        text.Append("  - date: ").Append(YamlText.Quote(published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append('\n');
        text.Append("    title: \"Article published\"\n");
        text.Append("    cites: [").Append(citePrefix).Append("p1]\n");
        text.Append("    draft: true\n");
    }
}
