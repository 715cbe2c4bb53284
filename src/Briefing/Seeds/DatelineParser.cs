using System.Globalization;

namespace Briefing.Seeds;

/// <summary>
/// Recognises a dateline such as <c>Published on July 7, 2025</c>, <c>7 July 2025</c> or <c>2025-07-07</c>,
/// optionally prefixed by <c>Published</c>, <c>Published on</c>, <c>Updated</c> or <c>Updated on</c>
/// (optionally followed by a colon). Month names are English, as publishers write them; parsing uses the
/// invariant culture, so the result never depends on the machine's culture or calendar.
/// </summary>
internal static class DatelineParser
{
    /// <summary>Longest line still taken for a dateline; anything longer is prose.</summary>
    private const int MaxLength = 60;

    // Longest first, so "Published on" wins over "Published".
    private static readonly string[] Prefixes = ["published on", "updated on", "published", "updated"];

    private static readonly string[] Formats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy",
        "d MMMM yyyy", "d MMMM, yyyy", "d MMM yyyy", "d MMM. yyyy",
        "yyyy-MM-dd",
    ];

    public static bool TryParse(string? line, out DateOnly date)
    {
        date = default;
        if (line is null || line.Length > MaxLength)
        {
            return false;
        }

        var text = StripPrefix(CollapseWhitespace(line));
        return text.Length > 0 &&
            DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string StripPrefix(string text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
                text.Length > prefix.Length && text[prefix.Length] is ' ' or ':')
            {
                return text[prefix.Length..].TrimStart(' ', ':');
            }
        }

        return text;
    }

    // Publishers' pages often use no-break spaces or doubled spaces between the parts of a date.
    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
