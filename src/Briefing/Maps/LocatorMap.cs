namespace Briefing.Maps;

/// <summary>
/// Draws the locator map of a set of places as an inline SVG: countries from the data, shaded countries and
/// regions, routes, markers and labels placed without overlaps, a scale bar and the data's credit. The SVG
/// alone is complete (its own title and description); the social card paints the same scene from its
/// <see cref="MapOutline"/>.
/// </summary>
internal static class LocatorMap
{
    public const double Width = 400;

    /// <summary>The places a map of <paramref name="places"/> can show: those inside the country data.</summary>
    public static (IReadOnlyList<MapPlace> Shown, IReadOnlyList<MapPlace> LeftOff) Split(IReadOnlyList<MapPlace> places, CountryData data)
    {
        var shown = places.Where(p => Points(p.Place, data).All(data.Covers) && Points(p.Place, data).Any()).ToList();
        return (shown, [.. places.Except(shown)]);
    }

    /// <summary>The frame that fits every point and shaded country of the places.</summary>
    public static MapFrame Fit(IReadOnlyList<MapPlace> places, CountryData data, double width = Width) =>
        ExtentFitting.Fit([.. places.SelectMany(p => Points(p.Place, data))], width);

    public static MapDrawing Draw(IReadOnlyList<MapPlace> places, CountryData data, MapFrame frame, LocatorMapOptions options) =>
        Draw(places, data, ProjectedLand.Of(data, frame), options);

    /// <summary>Draws over land already projected for the frame, as every map of one build shares it.</summary>
    public static MapDrawing Draw(IReadOnlyList<MapPlace> places, CountryData data, ProjectedLand land, LocatorMapOptions options)
    {
        var scene = MapScene.Build(places, data, land, options);
        return new MapDrawing(LocatorMapSvg.Write(scene), scene.Labels, MapOutline.Of(scene));
    }

    private static IEnumerable<GeoPoint> Points(Place place, CountryData data)
    {
        if (place.Point is { } point)
        {
            yield return point;
        }

        foreach (var stop in place.Stops)
        {
            yield return stop.Point;
        }

        if (place.Kind is PlaceKind.Country or PlaceKind.Region)
        {
            foreach (var iso in place.Countries)
            {
                if (data.Find(iso)?.Shape.EnvelopeInternal is { } box)
                {
                    yield return new GeoPoint(box.MinY, box.MinX);
                    yield return new GeoPoint(box.MaxY, box.MaxX);
                }
            }
        }
    }
}
