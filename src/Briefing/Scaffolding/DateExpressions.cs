using System.Text.RegularExpressions;

namespace Briefing.Scaffolding;

/// <summary>
/// The English date expressions an article uses, as one regular expression whose alternatives go from the most
/// to the least precise, so that "July 7, 2025" is one date rather than a month and a year, and "late 2024" is not
/// read as a bare year.
/// </summary>
internal static partial class DateExpressions
{
    private const string Month = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string Year = "(?<year>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])";
    private const string Part = "(?<part>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)";
    private const string Season = "(?<season>spring|summer|autumn|fall|winter)";
    private const string Count = "(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|[0-9]{1,3})";

    [GeneratedRegex(
        "(?<![\\p{L}\\p{Nd}])(?:" +
        Month + "\\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\\s+" + Year +
        "|(?<day>[0-9]{1,2})\\s+" + Month + ",?\\s+" + Year +
        "|(?<iso>(?<year>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2}))(?![0-9])" +
        "|(?:" + Part + "[\\s-]+)?" + Month + "(?:\\s+of)?\\s+" + Year +
        "|(?:(?:the\\s+)?" + Season + "(?:\\s+of)?|" + Part + "[\\s-]+)\\s*" + Year +
        "|(?:the\\s+)?(?<decade>1[5-9][0-9]0|20[0-9]0)s" +
        "|" + Count + "\\s+(?<unit>years?|months?|decades?)\\s+(?:ago|earlier|before)" +
        "|(?<relative>last|next|this|the\\s+previous|the\\s+following)\\s+(?<unit>year|month)" +
        "|(?<![$€£.,][0-9]*)" + Year + "(?![.,][0-9])(?!\\s*(?:percent|per\\s+cent|%))" +
        ")(?![\\p{L}\\p{Nd}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Pattern();
}
