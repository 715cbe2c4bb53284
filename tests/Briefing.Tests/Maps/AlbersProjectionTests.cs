using Briefing.Maps;

namespace Briefing.Tests.Maps;

public sealed class AlbersProjectionTests
{
    [Fact]
    public void Matches_the_worked_example_of_Snyders_manual()
    {
        // Snyder, Map Projections: A Working Manual (1987), numerical example for the Albers projection on
        // the sphere: standard parallels 29.5° and 45.5° N, origin 23° N 96° W, point 35° N 75° W.
        var projection = new AlbersProjection(29.5, 45.5, 23, -96);

        var (x, y) = projection.Project(new GeoPoint(35, -75));

        Assert.Equal(0.2952720, x, 6);
        Assert.Equal(0.2416774, y, 6);
    }

    [Fact]
    public void Puts_the_origin_at_zero_and_the_central_meridian_on_the_y_axis()
    {
        var projection = new AlbersProjection(30, 55, 42, 48);

        Assert.Equal((0.0, 0.0), Round(projection.Project(new GeoPoint(42, 48))));
        Assert.Equal(0, projection.Project(new GeoPoint(60, 48)).X, 12);
        Assert.True(projection.Project(new GeoPoint(60, 48)).Y > 0, "north is up");
        Assert.True(projection.Project(new GeoPoint(42, 60)).X > 0, "east is right");
    }

    [Fact]
    public void Keeps_areas_in_proportion()
    {
        // Equal-area: a 1° cell near the equator and one far north keep the ratio of their areas on the sphere.
        var projection = new AlbersProjection(30, 55, 42, 48);
        var south = CellArea(projection, 20, 40);
        var north = CellArea(projection, 60, 50);
        var sphereRatio = (Math.Sin(Rad(61)) - Math.Sin(Rad(60))) / (Math.Sin(Rad(21)) - Math.Sin(Rad(20)));

        Assert.Equal(sphereRatio, north / south, 3);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(55)]
    public void Is_true_to_scale_on_the_standard_parallels(double latitude)
    {
        var projection = new AlbersProjection(30, 55, 42, 48);

        Assert.Equal(1, projection.ParallelScale(latitude), 9);
        Assert.True(projection.ParallelScale(42) < 1, "between the standard parallels the scale is a little less than true");
    }

    private static double CellArea(AlbersProjection projection, double latitude, double longitude)
    {
        var corners = new[] { (latitude, longitude), (latitude, longitude + 1), (latitude + 1, longitude + 1), (latitude + 1, longitude) }
            .Select(c => projection.Project(new GeoPoint(c.Item1, c.Item2)))
            .ToArray();
        var area = 0.0;
        for (var i = 0; i < corners.Length; i++)
        {
            var (x1, y1) = corners[i];
            var (x2, y2) = corners[(i + 1) % corners.Length];
            area += (x1 * y2) - (x2 * y1);
        }

        return Math.Abs(area) / 2;
    }

    private static double Rad(double degrees) => degrees * Math.PI / 180;

    private static (double, double) Round((double X, double Y) p) => (Math.Round(p.X, 12) + 0, Math.Round(p.Y, 12) + 0);
}
