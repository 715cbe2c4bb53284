using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Figures;

/// <summary>
/// Writes and reads a figure's value in the invariant culture, so the page is the same on every machine: a share as
/// "46%", a count with thousands separators ("300,000"), a year as its digits ("2020").
/// </summary>
internal static partial class FigureValue
{
    public static string Format(decimal value, FigureKind kind) => kind switch
    {
        FigureKind.Percent => value.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        FigureKind.Year => value.ToString("0", CultureInfo.InvariantCulture),
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A value as written in the data file: digits with an optional decimal dot, commas only between groups of three
    /// ("300,000"), an optional percent sign. "46,5" is refused rather than read as 465.
    /// </summary>
    public static decimal? Parse(string text)
    {
        var digits = text.Trim().TrimEnd('%').TrimEnd();
        return ValuePattern().IsMatch(digits)
            && decimal.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    public static FigureKind? ParseKind(string text) => text switch
    {
        "percent" => FigureKind.Percent,
        "count" => FigureKind.Count,
        "year" => FigureKind.Year,
        _ => null,
    };

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePattern();
}
