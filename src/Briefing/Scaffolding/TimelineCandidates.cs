using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Seeds;

namespace Briefing.Scaffolding;

/// <summary>
/// Finds every date expression in an article's paragraphs and turns it into a date at the precision the text
/// gives: "September 2023" → 2023-09, "late 2024" → 2024 (labelled "Late 2024"), "in the spring of 2024" → 2024
/// ("Spring 2024"). Relative expressions ("fifteen years ago", "last year") are resolved against the article's
/// dateline and marked approximate; without a dateline they keep no date. Occurrences of the same date are one
/// candidate with all their sentences, in order of first appearance.
/// </summary>
internal static class TimelineCandidates
{
    private static readonly string[] Numbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static IReadOnlyList<TimelineCandidate> Extract(IReadOnlyList<SeedParagraph> paragraphs, DateOnly? dateline)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var found = new List<(string Text, string? Date, string? Label, bool Approximate, CandidateSource Source)>();
        foreach (var paragraph in paragraphs)
        {
            var sentences = SentenceSplitter.Split(paragraph.Text);
            foreach (Match match in DateExpressions.Pattern().Matches(paragraph.Text))
            {
                var sentence = sentences.FirstOrDefault(s => s.Contains(match.Index))?.Text ?? paragraph.Text;
                var (date, label, approximate) = Resolve(match, dateline);
                found.Add((match.Value, date, label, approximate, new CandidateSource(paragraph.Number, sentence, match.Value)));
            }
        }

        // One candidate per date (or, for unresolved relative dates, per expression), first appearance first.
        return [.. found
            .GroupBy(f => (Key: f.Date ?? "?" + f.Text.ToLowerInvariant(), f.Label, f.Approximate))
            .Select(g => new TimelineCandidate(g.First().Text, g.First().Date, g.Key.Label, g.Key.Approximate, [.. g.Select(f => f.Source).Distinct()]))];
    }

    /// <summary>The positions of every date expression in a text, so figures can leave them out.</summary>
    public static IReadOnlyList<(int Start, int End)> Spans(string text) =>
        [.. DateExpressions.Pattern().Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    private static (string? Date, string? Label, bool Approximate) Resolve(Match match, DateOnly? dateline)
    {
        var g = match.Groups;
        if (g["iso"].Success)
        {
            var iso = g["iso"].Value;
            return (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? iso : g["year"].Value, null, false);
        }

        if (g["decade"].Success)
        {
            return (g["decade"].Value, g["decade"].Value + "s", true);
        }

        if (g["unit"].Success)
        {
            return Relative(g, dateline);
        }

        var year = g["year"].Value;
        if (g["month"].Success)
        {
            var month = MonthNumber(g["month"].Value);
            var monthDate = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}");
            if (g["day"].Success)
            {
                var day = int.Parse(g["day"].Value, CultureInfo.InvariantCulture);
                var valid = day >= 1 && day <= DateTime.DaysInMonth(int.Parse(year, CultureInfo.InvariantCulture), month);
                return (valid ? string.Create(CultureInfo.InvariantCulture, $"{monthDate}-{day:00}") : monthDate, null, false);
            }

            return (monthDate, g["part"].Success ? Capitalise(PartName(g["part"].Value)) + " " + Title(g["month"].Value) + " " + year : null, false);
        }

        if (g["season"].Success)
        {
            return (year, Capitalise(g["season"].Value.ToLowerInvariant()) + " " + year, false);
        }

        if (g["part"].Success)
        {
            return (year, Capitalise(PartName(g["part"].Value)) + " " + year, false);
        }

        return (year, null, false);
    }

    private static (string? Date, string? Label, bool Approximate) Relative(GroupCollection g, DateOnly? dateline)
    {
        if (dateline is not { } from)
        {
            return (null, null, true);
        }

        var unit = g["unit"].Value.ToLowerInvariant();
        int count;
        if (g["relative"].Success)
        {
            var relative = string.Join(' ', g["relative"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            count = relative switch { "next" or "the following" => -1, "this" => 0, _ => 1 };
        }
        else
        {
            var word = g["count"].Value.ToLowerInvariant();
            count = word is "a" or "an" ? 1 : Array.IndexOf(Numbers, word) is var n and >= 0 ? n : word switch
            {
                "thirty" => 30,
                "forty" => 40,
                "fifty" => 50,
                _ => int.Parse(word, CultureInfo.InvariantCulture),
            };
        }

        if (unit.StartsWith("month", StringComparison.Ordinal))
        {
            var then = from.AddMonths(-count);
            var month = then.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return (month, "About " + then.ToString("MMMM yyyy", CultureInfo.InvariantCulture), true);
        }

        var years = unit.StartsWith("decade", StringComparison.Ordinal) ? count * 10 : count;
        var resolved = (from.Year - years).ToString("0000", CultureInfo.InvariantCulture);
        return (resolved, "About " + resolved, true);
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase)) + 1;

    private static string PartName(string part)
    {
        var words = part.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["the", .. var rest] => string.Join(' ', rest.Where(w => w != "of")),
            _ => string.Join(' ', words),
        };
    }

    private static string Title(string month) => Capitalise(month.ToLowerInvariant());

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
