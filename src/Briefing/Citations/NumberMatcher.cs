using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Citations;

/// <summary>
/// Finds the numbers a sentence states, as digits ("300,000", "2020", "46%") or as the number words articles
/// spell out ("fifteen", "two"), so that a claim's numbers can be looked up in the paragraphs it cites. One matcher
/// for both checks that compare the briefing's numbers with the article's: claims and key figures. Hand-written
/// because no served library reads English number words; it covers what briefings write, not every numeral.
/// </summary>
internal static partial class NumberMatcher
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    };

    /// <summary>Qualifiers that change what a number claims; a figure must keep the article's.</summary>
    public static readonly IReadOnlyList<string> Qualifiers =
        ["more than", "less than", "fewer than", "at least", "up to", "about", "around", "approximately", "nearly", "almost", "over", "some"];

    public static IReadOnlyList<NumberMention> Find(string text)
    {
        var found = new List<NumberMention>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            var digits = m.Groups["digits"];
            var value = digits.Success
                ? decimal.Parse(digits.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture)
                : Words[m.Groups["word"].Value];
            found.Add(new NumberMention(value, m.Groups["percent"].Success, m.Value, m.Index, QualifierBefore(text, m.Index)));
        }

        return found;
    }

    /// <summary>Whether <paramref name="text"/> states the same quantity as <paramref name="number"/>.</summary>
    public static bool States(string text, NumberMention number) => Find(text).Any(number.SameQuantity);

    private static string? QualifierBefore(string text, int index)
    {
        var before = text[..index].TrimEnd().ToLowerInvariant();
        return Qualifiers.FirstOrDefault(q => before.EndsWith(q, StringComparison.Ordinal)
            && (before.Length == q.Length || !char.IsLetter(before[before.Length - q.Length - 1])));
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,])(?:(?<digits>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|(?<word>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?<percent>\s?%|\s+per\s?cent\b)?(?![\p{L}\p{N}]|[.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
