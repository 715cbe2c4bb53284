using System.Text;
using NetTopologySuite.Geometries;

namespace Briefing.Maps;

/// <summary>SVG path data of polygons already in SVG units: each ring one closed subpath.</summary>
internal static class PathData
{
    public static string Of(Geometry geometry)
    {
        var text = new StringBuilder();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon)
            {
                Ring(text, polygon.ExteriorRing.Coordinates);
                foreach (var hole in polygon.InteriorRings)
                {
                    Ring(text, hole.Coordinates);
                }
            }
        }

        return text.ToString();
    }

    public static string Line(IEnumerable<(double X, double Y)> points)
    {
        var text = new StringBuilder();
        foreach (var (x, y) in points)
        {
            text.Append(text.Length == 0 ? 'M' : 'L').Append(SvgNumber.Format(x)).Append(' ').Append(SvgNumber.Format(y));
        }

        return text.ToString();
    }

    private static void Ring(StringBuilder text, Coordinate[] ring)
    {
        string? last = null;
        for (var i = 0; i < ring.Length - 1; i++)
        {
            var point = SvgNumber.Format(ring[i].X) + " " + SvgNumber.Format(ring[i].Y);
            if (point == last)
            {
                continue;
            }

            text.Append(i == 0 ? 'M' : ' ').Append(point);
            last = point;
        }

        text.Append('Z');
    }
}
