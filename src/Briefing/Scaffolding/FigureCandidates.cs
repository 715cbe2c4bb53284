using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Seeds;

namespace Briefing.Scaffolding;

/// <summary>
/// Finds the numbers an article gives, with the qualifier that limits them ("About 46 percent", "more than
/// 300,000"): digits with thousands separators or decimals, an optional currency sign and scale word, and an
/// optional percent. Years and the numbers inside dates are the timeline's, not figures.
/// </summary>
internal static partial class FigureCandidates
{
    public static IReadOnlyList<FigureCandidate> Extract(IReadOnlyList<SeedParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var figures = new List<FigureCandidate>();
        foreach (var paragraph in paragraphs)
        {
            var dates = TimelineCandidates.Spans(paragraph.Text);
            var sentences = SentenceSplitter.Split(paragraph.Text);
            foreach (Match match in Pattern().Matches(paragraph.Text))
            {
                var number = match.Groups["number"];
                if (dates.Any(d => number.Index < d.End && number.Index + number.Length > d.Start))
                {
                    continue;
                }

                if (Value(number.Value, match.Groups["scale"].Value) is not { } value)
                {
                    continue;
                }

                var unit = match.Groups["percent"].Success ? FigureUnit.Percent : match.Groups["currency"].Success ? FigureUnit.Money : FigureUnit.Count;
                var qualifier = match.Groups["qualifier"].Success
                    ? string.Join(' ', match.Groups["qualifier"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                    : null;
                var sentence = sentences.FirstOrDefault(s => s.Contains(match.Index))?.Text ?? paragraph.Text;
                figures.Add(new FigureCandidate(match.Value, value, unit, qualifier, new CandidateSource(paragraph.Number, sentence, match.Value)));
            }
        }

        return figures;
    }

    /// <summary>The number with its scale applied, or null when it is too large to be a figure.</summary>
    private static decimal? Value(string digits, string scale)
    {
        if (!decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var factor = scale.ToLowerInvariant() switch
        {
            "thousand" => 1e3m,
            "million" => 1e6m,
            "billion" => 1e9m,
            "trillion" => 1e12m,
            _ => 1m,
        };
        return value <= decimal.MaxValue / factor ? value * factor : null;
    }

    [GeneratedRegex(
        "(?<![\\p{L}\\p{Nd}.,])" +
        "(?:(?<qualifier>about|around|roughly|nearly|almost|approximately|some|over|under|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|an\\s+estimated|just\\s+over|just\\s+under|well\\s+over)\\s+)?" +
        "(?<currency>[$€£])?(?<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)" +
        "(?:\\s*(?<scale>thousand|million|billion|trillion))?" +
        "(?:\\s*(?<percent>percent|per\\s+cent|%))?" +
        "(?![\\p{L}\\p{Nd}]|[.,][0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
