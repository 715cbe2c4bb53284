using Briefing.Tests.Support;

namespace Briefing.Tests.Maps;

public sealed class PlaceFrontMatterTests
{
    [Fact]
    public async Task A_latitude_out_of_range_fails_at_its_line_and_column()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/glossary/baku.md", "place: { lat: 40.41, lon: 49.87 }", "place: { lat: 140.41, lon: 49.87 }");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal("input/glossary/baku.md:6:15: error: latitude 140.41 is outside -90 to 90 (write degrees north (south negative))", error.ToString());
    }

    [Fact]
    public async Task An_unknown_country_code_is_named_with_the_fix()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/glossary/turkey.md", "iso: TUR", "iso: TRK");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.StartsWith("input/glossary/turkey.md:6:8: error: place 'turkey' names the country 'TRK', which the map data does not have", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_route_needs_two_points()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/glossary/silk-road.md", "---\nterm: Silk Road\nshort: An old route.\nplace: { kind: route }\n---\n\nText.\n");

        var report = await site.BuildAsync();

        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("input/glossary/silk-road.md:4:16: error: a route needs at least two points", StringComparison.Ordinal));
    }
}
