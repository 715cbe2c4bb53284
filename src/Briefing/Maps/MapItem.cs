using NetTopologySuite.Geometries;

namespace Briefing.Maps;

/// <summary>
/// One place as drawn: its shape paths (countries, an area, a route's land and sea legs), its marker, the stops
/// of a route, its label request and the boxes other labels must keep clear of.
/// </summary>
internal sealed record MapItem(
    MapPlace Place,
    IReadOnlyList<string> AreaPaths,
    string? AreaHatchPath,
    IReadOnlyList<(string Path, bool BySea)> Legs,
    (double X, double Y)? Marker,
    IReadOnlyList<(double X, double Y)> Stops,
    LabelRequest Label,
    IReadOnlyList<LabelRequest> StopLabels,
    IReadOnlyList<LabelBox> Obstacles)
{
    public static MapItem For(MapPlace mapPlace, IReadOnlyDictionary<string, Geometry> land, MapFrame frame)
    {
        var place = mapPlace.Place;
        var id = "place-" + place.Slug;
        var shapes = place.Countries.Select(land.GetValueOrDefault).OfType<Geometry>().ToList();
        var areaPaths = shapes.Select(PathData.Of).ToList();
        var point = place.Point is { } p ? frame.ToSvg(p) : ((double X, double Y)?)null;
        var obstacles = new List<LabelBox>();

        switch (place.Kind)
        {
            case PlaceKind.City:
                var marker = point!.Value;
                obstacles.Add(LabelBox.Around(marker.X, marker.Y, MapScene.MarkerRadius + 1));
                return new MapItem(mapPlace, [], null, [], marker, [], PointLabel(id, place.Label, marker, MapScene.MarkerRadius), [], obstacles);

            case PlaceKind.Route:
                var stops = place.Stops.Select(s => frame.ToSvg(s.Point)).ToList();
                var legs = new List<(string, bool)>();
                for (var i = 1; i < stops.Count; i++)
                {
                    legs.Add((PathData.Line([stops[i - 1], stops[i]]), place.Stops[i].BySea));
                }

                obstacles.AddRange(stops.Select(s => LabelBox.Around(s.X, s.Y, MapScene.StopRadius + 1)));
                var middle = stops.Count / 2;
                var anchor = ((stops[middle - 1].X + stops[middle].X) / 2, (stops[middle - 1].Y + stops[middle].Y) / 2);
                var stopLabels = place.Stops.Select((s, i) => new LabelRequest($"{id}-stop-{i}", s.Name, MapScene.MinorFont, stops[i].X, stops[i].Y, MapScene.StopRadius, IsArea: false, Required: false)).ToList();
                return new MapItem(mapPlace, [], null, legs, null, stops, PointLabel(id, place.Label, anchor, 2), stopLabels, obstacles);

            default:
                string? hatch = null;
                if (place.RadiusKm is { } radius && place.Point is { } centre)
                {
                    hatch = PathData.Line(ProjectedShapes.Circle(centre, radius, frame)) + "Z";
                }

                var at = point ?? (shapes.Count > 0 ? ProjectedShapes.LabelPoint(shapes.MaxBy(s => s.Area)!) : (frame.Width / 2, frame.Height / 2));
                var label = hatch is null
                    ? new LabelRequest(id, place.Label, MapScene.PlaceFont, at.X, at.Y, 0, IsArea: true, Required: true)
                    : PointLabel(id, place.Label, at, radius: 3);
                return new MapItem(mapPlace, areaPaths, hatch, [], null, [], label, [], obstacles);
        }
    }

    private static LabelRequest PointLabel(string id, string text, (double X, double Y) at, double radius) =>
        new(id, text, MapScene.PlaceFont, at.X, at.Y, radius, IsArea: false, Required: true);
}
