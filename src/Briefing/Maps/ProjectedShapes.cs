using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Briefing.Maps;

/// <summary>
/// Country shapes and geodesic circles in a map's SVG units: projected point by point, cut to the map's box
/// (with a small overhang so no edge shows) and simplified to a fifth of a unit, far below what the eye sees
/// at any width the map is shown at, which keeps the SVG small.
/// </summary>
internal static class ProjectedShapes
{
    private const double Tolerance = 0.2;
    private const double Overhang = 3;

    public static Geometry? Country(Geometry shape, MapFrame frame)
    {
        var box = Box(frame);
        var projected = shape.Copy();
        projected.Apply(new ProjectFilter(frame));
        if (!projected.EnvelopeInternal.Intersects(box.EnvelopeInternal))
        {
            return null;
        }

        var clipped = projected.Intersection(box);
        var simple = DouglasPeuckerSimplifier.Simplify(clipped, Tolerance);
        return simple.IsEmpty || simple.Area < 0.5 ? null : simple;
    }

    /// <summary>A circle of <paramref name="radiusKm"/> around a point, as the polygon of 36 points on the sphere.</summary>
    public static IReadOnlyList<(double X, double Y)> Circle(GeoPoint centre, double radiusKm, MapFrame frame)
    {
        var angular = radiusKm / MapFrame.EarthRadiusKm;
        var lat = centre.Latitude * Math.PI / 180;
        var lon = centre.Longitude * Math.PI / 180;
        var points = new List<(double, double)>();
        for (var bearing = 0; bearing < 360; bearing += 10)
        {
            var theta = bearing * Math.PI / 180;
            var lat2 = Math.Asin((Math.Sin(lat) * Math.Cos(angular)) + (Math.Cos(lat) * Math.Sin(angular) * Math.Cos(theta)));
            var lon2 = lon + Math.Atan2(Math.Sin(theta) * Math.Sin(angular) * Math.Cos(lat), Math.Cos(angular) - (Math.Sin(lat) * Math.Sin(lat2)));
            points.Add(frame.ToSvg(new GeoPoint(lat2 * 180 / Math.PI, lon2 * 180 / Math.PI)));
        }

        return points;
    }

    /// <summary>A point inside the largest part of a shape, where its name goes.</summary>
    public static (double X, double Y) LabelPoint(Geometry shape)
    {
        var largest = Enumerable.Range(0, shape.NumGeometries).Select(shape.GetGeometryN).MaxBy(g => g.Area) ?? shape;
        var point = largest.InteriorPoint;
        return (point.X, point.Y);
    }

    private static Polygon Box(MapFrame frame) =>
        new GeometryFactory().ToGeometry(new Envelope(-Overhang, frame.Width + Overhang, -Overhang, frame.Height + Overhang)) as Polygon
        ?? throw new InvalidOperationException("A box is a polygon.");

    private sealed class ProjectFilter(MapFrame frame) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = frame.ToSvg(new GeoPoint(seq.GetY(i), seq.GetX(i)));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
