namespace Briefing.Maps;

/// <summary>
/// Fits a map to what it must show: a projection centred on the points, scaled so their bounding box plus a
/// margin fills the given width, with the height following the box's proportions but kept between
/// <see cref="MinAspect"/> and <see cref="MaxAspect"/> of the width (the short side grows, so nothing is cut).
/// </summary>
internal static class ExtentFitting
{
    public const double MinAspect = 0.62;
    public const double MaxAspect = 1.0;

    /// <param name="points">Every point the map must show; at least one.</param>
    /// <param name="width">The SVG width in units.</param>
    /// <param name="margin">The share of the box's larger side added on every side.</param>
    /// <param name="minimumSpanKm">The least extent, so a map of one point still shows its surroundings.</param>
    public static MapFrame Fit(IReadOnlyCollection<GeoPoint> points, double width, double margin = 0.08, double minimumSpanKm = 600)
    {
        if (points.Count == 0)
        {
            throw new ArgumentException("A map needs at least one point to fit.", nameof(points));
        }

        var south = points.Min(p => p.Latitude);
        var north = points.Max(p => p.Latitude);
        var west = points.Min(p => p.Longitude);
        var east = points.Max(p => p.Longitude);
        var projection = AlbersProjection.For(Math.Max(south, -80), Math.Min(Math.Max(north, south + 1), 80), (west + east) / 2);

        var projected = points.Select(projection.Project).ToList();
        var minX = projected.Min(p => p.X);
        var maxX = projected.Max(p => p.X);
        var minY = projected.Min(p => p.Y);
        var maxY = projected.Max(p => p.Y);

        var minimumSpan = minimumSpanKm / MapFrame.EarthRadiusKm;
        (minX, maxX) = Widen(minX, maxX, minimumSpan);
        (minY, maxY) = Widen(minY, maxY, minimumSpan);
        var pad = margin * Math.Max(maxX - minX, maxY - minY);
        (minX, maxX) = (minX - pad, maxX + pad);
        (minY, maxY) = (minY - pad, maxY + pad);

        var aspect = (maxY - minY) / (maxX - minX);
        if (aspect < MinAspect)
        {
            (minY, maxY) = Widen(minY, maxY, MinAspect * (maxX - minX));
        }
        else if (aspect > MaxAspect)
        {
            (minX, maxX) = Widen(minX, maxX, (maxY - minY) / MaxAspect);
        }

        var scale = width / (maxX - minX);
        var height = Math.Round((maxY - minY) * scale);
        return new MapFrame(projection, scale, minX, maxY, width, height);
    }

    private static (double Min, double Max) Widen(double min, double max, double span)
    {
        if (max - min >= span)
        {
            return (min, max);
        }

        var middle = (min + max) / 2;
        return (middle - (span / 2), middle + (span / 2));
    }
}
