using Briefing.Core;
using Briefing.Maps;
using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Maps;

public sealed class LocatorMapDeterminismTests
{
    private static readonly CountryData Data = CountryData.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "theme", "data", "countries.geojson")));

    private static readonly IReadOnlyList<MapPlace> Places =
    [
        Place("baku", "Baku", PlaceKind.City, new GeoPoint(40.41, 49.87)),
        Place("turkey", "Turkey", PlaceKind.Country, null, ["TUR"]),
        Place("karabakh", "Nagorno-Karabakh", PlaceKind.Region, new GeoPoint(39.82, 46.75)) with { },
    ];

    [Fact]
    public void The_same_places_give_the_same_bytes_in_any_culture()
    {
        string Draw(string culture)
        {
            using var scope = new CultureScope(culture);
            var frame = LocatorMap.Fit(Places, Data);
            return LocatorMap.Draw(Places, Data, frame, new LocatorMapOptions("map", "Map")).Svg;
        }

        var invariant = Draw("en-US");

        Assert.Equal(invariant, Draw("de-DE"));
        Assert.Equal(invariant, Draw("ar-SA"));
        Assert.Equal(invariant, Draw("en-US"));
        Assert.DoesNotMatch(@"\d,\d", invariant.Split("<desc")[0] + invariant.Split("</desc>")[1]);
    }

    [Fact]
    public void The_country_data_has_the_countries_the_briefing_names()
    {
        foreach (var iso in new[] { "AZE", "ARM", "GEO", "RUS", "TUR", "IRN", "IND", "UKR", "KAZ" })
        {
            Assert.NotNull(Data.Find(iso));
        }

        Assert.True(Data.Covers(new GeoPoint(40.41, 49.87)));
        Assert.False(Data.Covers(new GeoPoint(50.85, 4.35)), "Brussels lies outside the data's window");
    }

    [Fact]
    public void Crimea_is_drawn_within_Ukraine()
    {
        var simferopol = new NetTopologySuite.Geometries.Point(34.1, 44.95);

        Assert.True(Data.Find("UKR")!.Shape.Contains(simferopol));
        Assert.False(Data.Find("RUS")!.Shape.Contains(simferopol));
    }

    private static MapPlace Place(string slug, string label, PlaceKind kind, GeoPoint? point, IReadOnlyList<string>? countries = null) =>
        new(new Place { Slug = slug, Label = label, Kind = kind, Point = point, Countries = countries ?? [], RadiusKm = kind == PlaceKind.Region ? 40 : null, Location = new SourceLocation("x.md", 1, 1) }, $"/glossary/{slug}/", "A place.");
}
