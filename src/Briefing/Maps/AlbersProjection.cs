namespace Briefing.Maps;

/// <summary>
/// Albers equal-area conic projection on a sphere of radius 1 (Snyder, <i>Map Projections: A Working Manual</i>,
/// 1987, §14): areas keep their proportions, which suits a map whose shaded countries are compared by eye, and
/// shapes stay close to true between the two standard parallels. Written here rather than taken from a
/// library because the formulas are a few lines and no served .NET package provides map projections.
/// x grows east, y grows north, in Earth radii.
/// </summary>
internal sealed class AlbersProjection
{
    private readonly double _n;
    private readonly double _c;
    private readonly double _rho0;
    private readonly double _lambda0;

    public AlbersProjection(double standardParallel1, double standardParallel2, double originLatitude, double centralMeridian)
    {
        var phi1 = Radians(standardParallel1);
        var phi2 = Radians(standardParallel2);
        _n = (Math.Sin(phi1) + Math.Sin(phi2)) / 2;
        if (Math.Abs(_n) < 1e-9)
        {
            throw new ArgumentException("The standard parallels must not be symmetric about the equator.", nameof(standardParallel2));
        }

        _c = (Math.Cos(phi1) * Math.Cos(phi1)) + (2 * _n * Math.Sin(phi1));
        _rho0 = Rho(Radians(originLatitude));
        _lambda0 = Radians(centralMeridian);
        CentralMeridian = centralMeridian;
        OriginLatitude = originLatitude;
    }

    public double CentralMeridian { get; }

    public double OriginLatitude { get; }

    /// <summary>
    /// A projection for a map spanning the given latitudes: standard parallels one sixth of the span inside
    /// its edges (a common rule that spreads the distortion evenly), origin in the middle.
    /// </summary>
    /// <remarks>
    /// A map centred on the equator would get standard parallels symmetric about it, where the conic
    /// degenerates (its cone constant is zero); both parallels then move one degree away from the equator,
    /// which changes the drawing by far less than a line's width.
    /// </remarks>
    public static AlbersProjection For(double south, double north, double centralMeridian)
    {
        var sixth = (north - south) / 6;
        var (first, second) = (south + sixth, north - sixth);
        var coneConstant = (Math.Sin(Radians(first)) + Math.Sin(Radians(second))) / 2;
        if (Math.Abs(coneConstant) < 0.01)
        {
            // Moving towards the side the constant already leans to can only take it further from zero.
            var shift = coneConstant >= 0 ? 1.0 : -1.0;
            (first, second) = (first + shift, second + shift);
        }

        return new AlbersProjection(first, second, (south + north) / 2, centralMeridian);
    }

    public (double X, double Y) Project(GeoPoint point)
    {
        var rho = Rho(Radians(point.Latitude));
        var theta = _n * WrapRadians(Radians(point.Longitude) - _lambda0);
        return (rho * Math.Sin(theta), _rho0 - (rho * Math.Cos(theta)));
    }

    /// <summary>
    /// The scale factor along the parallel at a latitude (1 on the standard parallels): a scale bar drawn for
    /// this latitude is true there.
    /// </summary>
    public double ParallelScale(double latitude)
    {
        var phi = Radians(latitude);
        return _n * Rho(phi) / Math.Cos(phi);
    }

    private double Rho(double phi) => Math.Sqrt(_c - (2 * _n * Math.Sin(phi))) / _n;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    // Longitudes are measured from the central meridian the short way round, so a map centred at 170° E
    // draws 175° W just east of it.
    private static double WrapRadians(double lambda) =>
        lambda > Math.PI ? lambda - (2 * Math.PI) : lambda < -Math.PI ? lambda + (2 * Math.PI) : lambda;
}
