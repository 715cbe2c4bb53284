using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core;

namespace Briefing.Timeline;

/// <summary>ISO 8601 dates at year, month or day precision, and how the briefing prints them.</summary>
internal static partial class TimelineDate
{
    public static bool IsValid(string value)
    {
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>"2020", "September 2023", "7 July 2025".</summary>
    public static string Display(string value)
    {
        var parts = value.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts.Length switch
        {
            1 => parts[0],
            2 => new DateOnly(year, int.Parse(parts[1], CultureInfo.InvariantCulture), 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => DateText.Full(new DateOnly(year, int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture))),
        };
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
