namespace Briefing.Maps;

/// <summary>
/// Everything a map draws, in SVG units, before it is written: the land, each place's shapes and marker, the
/// placed labels and the scale bar. Built in a fixed order (the places' order, then the data's), so the same
/// input always gives the same SVG.
/// </summary>
internal sealed record MapScene(
    MapFrame Frame,
    LocatorMapOptions Options,
    IReadOnlyList<(string Iso, string Path)> Land,
    IReadOnlyList<MapItem> Items,
    LabelLayout Labels,
    ScaleBar Scale,
    string Description)
{
    public const double PlaceFont = 12;
    public const double MinorFont = 8.5;
    public const double MarkerRadius = 3.5;
    public const double StopRadius = 2;

    public static MapScene Build(IReadOnlyList<MapPlace> places, CountryData data, ProjectedLand projected, LocatorMapOptions options)
    {
        var frame = projected.Frame;
        var drawn = options.Highlight is null ? places : [.. places.Where(p => p.Place.Slug == options.Highlight)];
        var land = projected.Countries;
        var items = drawn.Select(p => MapItem.For(p, projected.ByIso, frame)).ToList();
        var scale = ScaleBar.For(frame);
        var credit = new LabelBox(frame.Width - CreditWidth - 4, frame.Height - 14, CreditWidth + 4, 14);
        var obstacles = items.SelectMany(i => i.Obstacles).Append(scale.Box).Append(credit).ToList();

        var requests = items.Select(i => i.Label).ToList();
        var named = new HashSet<string>(items.Select(i => i.Place.Place.Label), StringComparer.Ordinal);
        requests.AddRange(items.SelectMany(i => i.StopLabels).Where(r => named.Add(r.Text)));
        var shaded = new HashSet<string>(items.SelectMany(i => i.Place.Place.Countries), StringComparer.Ordinal);
        requests.AddRange(land
            .Where(l => !named.Contains(data.Find(l.Iso)!.Name))
            .OrderBy(l => shaded.Contains(l.Iso) ? 0 : 1)
            .ThenByDescending(l => l.Shape.Area)
            .ThenBy(l => l.Iso, StringComparer.Ordinal)
            .Select(l => CountryLabel(data.Find(l.Iso)!.Name, l.Iso, l.Shape))
            .OfType<LabelRequest>());
        var labels = LabelPlacer.Place(requests, obstacles, new LabelBox(0, 0, frame.Width, frame.Height));
        return new MapScene(frame, options, [.. land.Select(l => (l.Iso, l.Path))], items, labels, scale, MapText.Description(items, labels, scale));
    }

    private static double CreditWidth => TextMetrics.Width(LocatorMapSvg.Credit, MinorFont);

    private static LabelRequest? CountryLabel(string name, string iso, NetTopologySuite.Geometries.Geometry shape)
    {
        var width = TextMetrics.Width(name, MinorFont);
        var largest = Enumerable.Range(0, shape.NumGeometries).Select(shape.GetGeometryN).Max(g => g.Area);
        if (largest < width * MinorFont * 3)
        {
            return null; // too small to carry its own name
        }

        var (x, y) = ProjectedShapes.LabelPoint(shape);
        return new LabelRequest("country-" + iso.ToLowerInvariant(), name, MinorFont, x, y, 0, IsArea: true, Required: false);
    }
}
