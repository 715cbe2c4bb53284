using Briefing.Maps;
using CsCheck;

namespace Briefing.Tests.Maps;

public sealed class ExtentFittingTests
{
    private static readonly GeoPoint Baku = new(40.41, 49.87);
    private static readonly GeoPoint Moscow = new(55.75, 37.62);
    private static readonly GeoPoint Mumbai = new(18.95, 72.84);

    [Fact]
    public void Every_point_lands_inside_the_map_with_a_margin()
    {
        var frame = ExtentFitting.Fit([Baku, Moscow, Mumbai], 400);

        foreach (var point in new[] { Baku, Moscow, Mumbai })
        {
            var (x, y) = frame.ToSvg(point);
            Assert.InRange(x, 0.05 * frame.Width, 0.95 * frame.Width);
            Assert.InRange(y, 0.05 * frame.Height, 0.95 * frame.Height);
        }

        Assert.True(frame.ToSvg(Moscow).Y < frame.ToSvg(Baku).Y, "Moscow is north of Baku, so higher up");
        Assert.True(frame.ToSvg(Mumbai).X > frame.ToSvg(Baku).X, "Mumbai is east of Baku");
    }

    [Fact]
    public void A_single_point_is_shown_with_its_surroundings_in_the_middle()
    {
        var frame = ExtentFitting.Fit([Baku], 300);
        var (x, y) = frame.ToSvg(Baku);

        Assert.Equal(150, x, 6);
        Assert.Equal(frame.Height / 2, y, 0);
        Assert.True(frame.Width / frame.UnitsPerKm(Baku.Latitude) >= 600, "at least 600 km across");
    }

    [Theory]
    [InlineData(-5, 5)]
    [InlineData(-30, 30)]
    [InlineData(-0.0001, 0.0001)]
    public void Points_spread_evenly_about_the_equator_still_get_a_map(double south, double north)
    {
        GeoPoint[] points = [new(south, 10), new(north, 12), new(0, 11)];

        var frame = ExtentFitting.Fit(points, 400);

        Assert.All(points, p => Assert.True(frame.Contains(frame.ToSvg(p))));
        Assert.True(frame.ToSvg(points[1]).Y < frame.ToSvg(points[0]).Y, "north is up");
    }

    [Fact]
    public void Any_set_of_points_fits_within_the_aspect_limits()
    {
        Gen.Select(Gen.Double[-60, 70], Gen.Double[-170, 170]).Select(p => new GeoPoint(p.Item1, p.Item2)).Array[1, 8]
            .Where(points => points.Max(p => p.Longitude) - points.Min(p => p.Longitude) < 120)
            .Sample(points =>
            {
                var frame = ExtentFitting.Fit(points, 400);
                var aspect = frame.Height / frame.Width;
                return aspect >= ExtentFitting.MinAspect - 0.01 && aspect <= ExtentFitting.MaxAspect + 0.01
                    && points.All(p => frame.Contains(frame.ToSvg(p)));
            });
    }
}
