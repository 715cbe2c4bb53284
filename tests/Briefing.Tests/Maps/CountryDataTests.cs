using Briefing.Maps;
using NetTopologySuite.Geometries;

namespace Briefing.Tests.Maps;

public sealed class CountryDataTests
{
    private const string Square = "[[0,0],[4,0],[4,4],[0,4],[0,0]]";
    private const string Hole = "[[1,1],[1,2],[2,2],[2,1],[1,1]]";

    [Fact]
    public void A_polygon_with_a_hole_and_a_multipolygon_are_read_with_their_rings()
    {
        var data = CountryData.Parse($$$"""
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"iso":"AAA","name":"Alpha"},"geometry":{"type":"Polygon","coordinates":[{{{Square}}},{{{Hole}}}]}},
            {"type":"Feature","properties":{"iso":"BBB","name":"Beta"},"geometry":{"type":"MultiPolygon","coordinates":[[[[10,0],[11,0],[11,1],[10,0]]]]}}
            ]}
            """);

        var alpha = Assert.IsType<Polygon>(data.Find("AAA")!.Shape);
        Assert.Equal("Alpha", data.Find("AAA")!.Name);
        Assert.Equal(1, alpha.NumInteriorRings);
        Assert.Equal(15, alpha.Area, 6);
        Assert.Equal(4326, alpha.SRID);
        Assert.Equal("Beta", data.Find("BBB")!.Name);
        Assert.Equal(new Envelope(0, 11, 0, 4), data.Window);
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",", "not GeoJSON")]
    [InlineData("[1,2]", "FeatureCollection")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"iso\":\"AAA\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + Square + "]}}]}", "feature 1 needs the properties 'iso' and 'name'")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"iso\":\"AAA\",\"name\":\"A\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}", "polygon geometry")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"iso\":\"AAA\",\"name\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,\"x\"]]]}}]}", "[longitude, latitude]")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"iso\":\"AAA\",\"name\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}}]}", "invalid ring")]
    public void What_is_not_a_collection_of_named_polygons_is_refused_with_a_reason(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => CountryData.Parse(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
