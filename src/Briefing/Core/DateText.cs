using System.Globalization;

namespace Briefing.Core;

/// <summary>Dates as the briefing prints them: in full ("7 July 2025"), independent of the machine's culture.</summary>
internal static class DateText
{
    public static string Full(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
