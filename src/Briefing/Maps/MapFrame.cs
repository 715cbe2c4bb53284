namespace Briefing.Maps;

/// <summary>
/// Where a map's projected plane lands in its SVG: the projection, the scale (SVG units per Earth radius) and
/// the plane's top-left corner, so that <see cref="ToSvg"/> turns degrees into SVG units (y down).
/// </summary>
internal sealed record MapFrame(AlbersProjection Projection, double Scale, double Left, double Top, double Width, double Height)
{
    /// <summary>The latitude in the middle of what the map was fitted to (the projection's origin).</summary>
    public double OriginLatitude => Projection.OriginLatitude;

    /// <summary>The mean Earth radius in kilometres (IUGG), for the scale bar and areas of a given radius.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public (double X, double Y) ToSvg(GeoPoint point)
    {
        var (x, y) = Projection.Project(point);
        return ToSvg(x, y);
    }

    public (double X, double Y) ToSvg(double planeX, double planeY) => ((planeX - Left) * Scale, (Top - planeY) * Scale);

    public bool Contains((double X, double Y) svg) => svg.X >= 0 && svg.X <= Width && svg.Y >= 0 && svg.Y <= Height;

    /// <summary>SVG units per kilometre along the parallel at <paramref name="latitude"/>.</summary>
    public double UnitsPerKm(double latitude) => Scale * Projection.ParallelScale(latitude) / EarthRadiusKm;
}
