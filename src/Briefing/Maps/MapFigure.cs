using Briefing.Core;
using System.Globalization;
using System.Text;

namespace Briefing.Maps;

/// <summary>
/// The map as a page shows it: a figure holding the SVG and, as its caption, the list of the places shown
/// (links with the glossary's tooltips, so readers without the picture get the same content), the places left
/// off and the sources of what is drawn.
/// </summary>
internal static class MapFigure
{
    /// <summary>The class of every map's figure (the search leaves its caption and place list out).</summary>
    public const string FigureClass = "locator-map";

    public static string Html(MapDrawing drawing, IReadOnlyList<MapPlace> shown, IReadOnlyList<MapPlace> leftOff, LocatorMapOptions options, string heading)
    {
        var id = options.Id;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"{FigureClass}\" id=\"{id}\" aria-labelledby=\"{id}-caption\">\n");
        html.Append(drawing.Svg).Append('\n');
        html.Append(CultureInfo.InvariantCulture, $"<figcaption><p class=\"map-caption\" id=\"{id}-caption\">{LocatorMapSvg.Escape(heading)}</p>\n");
        html.Append("<ul class=\"map-place-list\">\n");
        foreach (var place in shown)
        {
            var p = place.Place;
            html.Append(CultureInfo.InvariantCulture, $"<li><a class=\"term\" href=\"{LocatorMapSvg.Escape(place.Url)}\" data-term=\"{p.Slug}\" aria-describedby=\"{id}-tip-{p.Slug}\">{LocatorMapSvg.Escape(p.Label)}</a>");
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"{HtmlClasses.TermTip}\" role=\"tooltip\" id=\"{id}-tip-{p.Slug}\">{LocatorMapSvg.Escape(place.ShortDefinition)}</span>");
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"map-place-kind\">{MapText.KindOf(p)}</span></li>\n");
        }

        html.Append("</ul>\n<p class=\"map-note\">");
        if (leftOff.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"Too far away to show: {LocatorMapSvg.Escape(MapText.List([.. leftOff.Select(p => p.Place.Label)]))}. ");
        }

        html.Append("Boundaries: <a href=\"https://www.naturalearthdata.com/\" rel=\"external\">Natural Earth</a> (public domain); positions are outside facts, not from the article.</p>\n");
        html.Append("</figcaption>\n</figure>");
        return html.ToString();
    }
}
