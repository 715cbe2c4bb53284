using System.Globalization;
using AngleSharp.Dom;
using Briefing.Maps;
using Briefing.Tests.Glossary;

namespace Briefing.Tests.Maps;

/// <summary>The maps of the repository's real site, as built.</summary>
public sealed class LocatorMapSiteTests(BuiltRealSite site) : IClassFixture<BuiltRealSite>
{
    [Fact]
    public void The_home_map_follows_the_bottom_line()
    {
        var home = site.Page("index.html");
        var figure = home.QuerySelector("figure.locator-map#map");

        Assert.NotNull(figure);
        Assert.Equal("bottom-line", figure!.PreviousElementSibling?.ClassName);
        Assert.Equal("Map of the places the briefing names", figure.QuerySelector("svg > title")?.TextContent);
        Assert.Contains("Boundaries: Natural Earth", figure.QuerySelector("svg > desc")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baku", "Baku")]
    [InlineData("kremlin", "Moscow")]
    [InlineData("yekaterinburg", "Yekaterinburg")]
    [InlineData("nagorno-karabakh", "Nagorno-Karabakh")]
    [InlineData("turkey", "Turkey")]
    [InlineData("south-caucasus", "South Caucasus")]
    [InlineData("full-scale-invasion-of-ukraine", "Ukraine")]
    [InlineData("russia-iran-india-route", "Russia-Iran-India route")]
    public void Each_place_links_to_its_term_page_with_a_name_and_a_description(string slug, string name)
    {
        var home = site.Page("index.html");
        var place = Assert.Single(home.QuerySelectorAll($"svg a.map-place[data-term='{slug}']"));

        Assert.Equal($"./glossary/{slug}/", place.GetAttribute("href"));
        Assert.Equal(name, place.GetAttribute("aria-label"));
        var tip = home.GetElementById(place.GetAttribute("aria-describedby")!);
        Assert.Equal("tooltip", tip?.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(tip!.TextContent));
        Assert.Contains(home.QuerySelectorAll(".map-place-list a.term"), a => a.GetAttribute("href") == $"./glossary/{slug}/" && a.TextContent == name);
    }

    [Fact]
    public void Places_far_outside_the_map_are_left_off_and_named()
    {
        var home = site.Page("index.html");

        Assert.Empty(home.QuerySelectorAll("a.map-place[data-term='brussels'], a.map-place[data-term='washington']"));
        Assert.Contains("Too far away to show: Brussels and Washington.", home.QuerySelector("#map .map-note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_two_labels_of_the_real_maps_overlap()
    {
        foreach (var page in new[] { "index.html", "glossary/baku/index.html", "glossary/nagorno-karabakh/index.html" })
        {
            var svg = site.Page(page).QuerySelector("figure.locator-map svg")!;
            var labels = svg.QuerySelectorAll("text").Where(t => t.ParentElement?.ClassName != "map-scale" && t.ClassName != "map-credit").ToList();
            var boxes = labels.Select(Box).ToList();
            var markers = svg.QuerySelectorAll("circle").Select(c => LabelBox.Around(Number(c, "cx"), Number(c, "cy"), Number(c, "r"))).ToList();

            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(boxes[i].Intersects(boxes[j]), $"{page}: '{labels[i].TextContent}' overlaps '{labels[j].TextContent}'");
                }

                Assert.DoesNotContain(markers, m => m.Intersects(boxes[i]));
            }

            // Every place shown carries its name: no required label was dropped.
            Assert.Equal(svg.QuerySelectorAll("a.map-place").Length, svg.QuerySelectorAll("a.map-place > text.map-label").Length);
        }
    }

    [Fact]
    public void A_term_page_of_a_place_shows_that_place_alone()
    {
        var page = site.Page("glossary/baku/index.html");
        var places = page.QuerySelectorAll("figure.locator-map a.map-place");

        Assert.Equal("baku", Assert.Single(places).GetAttribute("data-term"));
        Assert.Null(site.Page("glossary/demarche/index.html").QuerySelector("figure.locator-map"));
    }

    private static LabelBox Box(IElement text)
    {
        var size = text.ClassName == "map-label" ? MapScene.PlaceFont : MapScene.MinorFont;
        var width = TextMetrics.Width(text.TextContent, size);
        var top = Number(text, "y") - (size * TextMetrics.Ascent);
        return new LabelBox(Number(text, "x"), top, width, size * TextMetrics.LineHeight);
    }

    private static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
