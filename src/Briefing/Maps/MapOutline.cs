namespace Briefing.Maps;

/// <summary>
/// What a map draws, as plain shapes in its SVG units (paths in SVG path syntax, points, label positions), for
/// pictures other than the page's own SVG: the home page's social card paints it. Only text and numbers, so a
/// cached step can fingerprint it, and made from the same <see cref="MapScene"/> as the SVG, so both show the same.
/// </summary>
internal sealed record MapOutline(
    double Width,
    double Height,
    IReadOnlyList<string> Land,
    IReadOnlyList<string> Shaded,
    IReadOnlyList<string> Areas,
    IReadOnlyList<MapOutline.Line> Lines,
    IReadOnlyList<MapOutline.Point> Markers,
    IReadOnlyList<MapOutline.Point> Stops,
    IReadOnlyList<MapOutline.Label> Labels)
{
    /// <summary>A route's leg; <see cref="BySea"/> legs are drawn dashed.</summary>
    public sealed record Line(string Path, bool BySea);

    public sealed record Point(double X, double Y);

    /// <summary>A place's name where the map placed it: <see cref="X"/> is where the text starts, <see cref="Y"/> its baseline.</summary>
    public sealed record Label(string Text, double X, double Y, double FontSize);

    public static MapOutline Of(MapScene scene)
    {
        var items = scene.Items;
        var labels = scene.Labels.Placed
            .Where(l => l.Request.Required)
            .Select(l => new Label(l.Request.Text, l.TextX, l.Baseline, l.Request.FontSize));
        return new MapOutline(
            scene.Frame.Width,
            scene.Frame.Height,
            [.. scene.Land.Select(l => l.Path)],
            [.. items.SelectMany(i => i.AreaPaths)],
            [.. items.Select(i => i.AreaHatchPath).OfType<string>()],
            [.. items.SelectMany(i => i.Legs.Select(l => new Line(l.Path, l.BySea)))],
            [.. items.Select(i => i.Marker).OfType<(double X, double Y)>().Select(m => new Point(m.X, m.Y))],
            [.. items.SelectMany(i => i.Stops.Select(s => new Point(s.X, s.Y)))],
            [.. labels]);
    }
}
