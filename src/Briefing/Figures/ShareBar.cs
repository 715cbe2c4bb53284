using System.Globalization;
using System.Net;

namespace Briefing.Figures;

/// <summary>
/// A share drawn as a part-of-whole bar: an inline SVG with its own accessible name ("A bar: 46% of the whole"), the
/// whole in the theme's surface colour and the part in its accent (CSS classes, so dark mode and print apply).
/// Widths are written in the invariant culture with at most two decimals, so the SVG is the same everywhere.
/// </summary>
internal static class ShareBar
{
    public static string Svg(decimal percent)
    {
        var part = Math.Clamp(percent, 0, 100).ToString("0.##", CultureInfo.InvariantCulture);
        var name = WebUtility.HtmlEncode($"A bar: {FigureValue.Format(percent, FigureKind.Percent)} of the whole");
        return $"""<svg class="share-bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="{name}" focusable="false"><title>{name}</title><rect class="share-whole" width="100" height="6" rx="1"/><rect class="share-part" width="{part}" height="6" rx="1"/></svg>""";
    }
}
