using System.Globalization;
using System.Text;

namespace Briefing.Maps;

/// <summary>
/// Writes a <see cref="MapScene"/> as an inline SVG. Colours are classes styled by the theme's stylesheet
/// (its CSS variables), so dark mode and print follow the page; every place is a link with an accessible name,
/// a native tooltip (<c>&lt;title&gt;</c>) and, through <c>aria-describedby</c>, the term's short definition.
/// </summary>
internal static class LocatorMapSvg
{
    public const string Credit = "Boundaries: Natural Earth";

    public static string Write(MapScene scene)
    {
        var frame = scene.Frame;
        var id = scene.Options.Id;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"map-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(frame.Width)} {N(frame.Height)}\" role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(scene.Options.Title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(scene.Description)}</desc>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<defs><pattern id=\"{id}-hatch\" patternUnits=\"userSpaceOnUse\" width=\"3\" height=\"3\" patternTransform=\"rotate(45)\"><rect class=\"map-hatch-ground\" width=\"3\" height=\"3\"/><path class=\"map-hatch-line\" d=\"M0 0V3\"/></pattern></defs>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"map-sea\" width=\"{N(frame.Width)}\" height=\"{N(frame.Height)}\"/>\n");
        svg.Append("<g class=\"map-land\">");
        foreach (var (iso, path) in scene.Land)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path data-iso=\"{iso}\" d=\"{path}\"/>");
        }

        svg.Append("</g>\n");
        var labels = scene.Labels.Placed.ToDictionary(l => l.Request.Id, StringComparer.Ordinal);
        foreach (var item in scene.Items.OrderBy(i => Layer(i.Place.Place)))
        {
            WritePlace(svg, item, labels, id);
        }

        svg.Append("<g class=\"map-minor-labels\" aria-hidden=\"true\">");
        foreach (var label in scene.Labels.Placed.Where(l => !l.Request.Required))
        {
            var kind = label.Request.Id.StartsWith("country-", StringComparison.Ordinal) ? "map-country-name" : "map-stop-name";
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"{kind}\" x=\"{N(label.TextX)}\" y=\"{N(label.Baseline)}\">{Escape(label.Request.Text)}</text>");
        }

        svg.Append("</g>\n");
        var scale = scene.Scale;
        var barY = frame.Height - 8;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"map-scale\" aria-hidden=\"true\"><path d=\"M8 {N(barY - 4)}V{N(barY)}H{N(8 + scale.Length)}V{N(barY - 4)}\"/><text x=\"8\" y=\"{N(barY - 6)}\">{scale.Label}</text></g>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"map-credit\" x=\"{N(frame.Width - 4)}\" y=\"{N(frame.Height - 4)}\" text-anchor=\"end\" aria-hidden=\"true\">{Credit}</text>\n");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void WritePlace(StringBuilder svg, MapItem item, Dictionary<string, PlacedLabel> labels, string id)
    {
        var place = item.Place.Place;
        var kind = MapText.KindOf(place);
        svg.Append(CultureInfo.InvariantCulture, $"<a class=\"map-place map-{kind}\" href=\"{Escape(item.Place.Url)}\" data-term=\"{place.Slug}\" aria-label=\"{Escape(place.Label)}\" aria-describedby=\"{id}-tip-{place.Slug}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(place.Label)}: {Escape(item.Place.ShortDefinition)}</title>");
        foreach (var path in item.AreaPaths)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"map-shade\" d=\"{path}\"/>");
        }

        if (item.AreaHatchPath is { } hatch)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"map-area\" fill=\"url(#{id}-hatch)\" d=\"{hatch}\"/>");
        }

        foreach (var (path, bySea) in item.Legs)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"map-route-line{(bySea ? " map-route-sea" : "")}\" d=\"{path}\"/>");
        }

        foreach (var (x, y) in item.Stops)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"map-stop\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(MapScene.StopRadius)}\"/>");
        }

        if (item.Marker is { } marker)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"map-marker\" cx=\"{N(marker.X)}\" cy=\"{N(marker.Y)}\" r=\"{N(MapScene.MarkerRadius)}\"/>");
        }

        if (labels.GetValueOrDefault(item.Label.Id) is { } label)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"map-label\" x=\"{N(label.TextX)}\" y=\"{N(label.Baseline)}\">{Escape(place.Label)}</text>");
        }

        svg.Append("</a>\n");
    }

    // Shaded countries under hatched areas, areas under lines, lines under markers, so nothing hides a
    // smaller place or its name.
    private static int Layer(Place place) => place.Kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Region when place.RadiusKm is null => 0,
        PlaceKind.Region => 1,
        PlaceKind.Route => 2,
        _ => 3,
    };

    private static string N(double value) => SvgNumber.Format(value);

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
