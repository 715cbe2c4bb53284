using System.Text.Json;
using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// The home page's locator map in a real browser: it fits narrow and wide screens, its places are reached by
/// keyboard and lead to their term pages, its rendered labels do not overlap, axe finds nothing on it. Screenshots of the map, light
/// and dark, go to <c>screenshots/</c> beside the test binaries for review.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class LocatorMapTests(SiteFixture fixture)
{
    /// <summary>The smallest font size, in CSS pixels on screen, at which a place's name counts as legible.</summary>
    private const double MinimumLabelPixels = 9;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly string[] Places =
    [
        "baku", "full-scale-invasion-of-ukraine", "kremlin", "nagorno-karabakh", "russia-iran-india-route", "south-caucasus", "turkey", "yekaterinburg",
    ];

    [Theory]
    [InlineData(360, "light")]
    [InlineData(1280, "light")]
    [InlineData(360, "dark")]
    [InlineData(1280, "dark")]
    public async Task The_map_fits_the_screen_without_horizontal_scrolling(int width, string scheme)
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await tab.Page.GotoAsync(fixture.UrlOf(fixture.PageAt("")).AbsoluteUri);

        var map = tab.Page.Locator("figure.locator-map");
        var box = await map.BoundingBoxAsync();
        var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.NotNull(box);
        Assert.True(overflow <= 0, $"At {width} px the home page scrolls sideways by {overflow} px.");
        Assert.True(box!.Width >= width * 0.6 || box.Width >= 600, $"At {width} px the map is only {box.Width} px wide.");

        // Legible: the places' names are drawn at a font size a reader can read on a phone, not scaled down with
        // the picture below it.
        var smallest = await tab.Page.EvaluateAsync<double>("""
            () => Math.min(...[...document.querySelectorAll('figure.locator-map a.map-place text')]
              .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a))
            """);
        Assert.True(smallest >= MinimumLabelPixels, $"At {width} px the smallest place name is drawn at {smallest:0.0} px.");
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await map.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, $"home-map-{width}-{scheme}.png") });
    }

    [Fact]
    public async Task Every_place_is_reached_by_keyboard_shows_its_definition_and_links_to_its_term_page()
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = tab.Page;
        await page.GotoAsync(fixture.UrlOf(fixture.PageAt("")).AbsoluteUri);

        var reached = new List<string>();
        for (var i = 0; i < 200 && reached.Count < Places.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var slug = await page.EvaluateAsync<string?>("() => document.activeElement?.closest('a.map-place')?.getAttribute('data-term') ?? null");
            if (slug is null)
            {
                continue;
            }

            reached.Add(slug);
            var tipShown = await page.EvaluateAsync<bool>("() => { const id = document.activeElement.getAttribute('aria-describedby'); const tip = document.getElementById(id); return !!tip && tip.classList.contains('map-tip-open') && getComputedStyle(tip).display !== 'none'; }");
            Assert.True(tipShown, $"Focusing the map's '{slug}' does not show its definition.");
        }

        Assert.Equal(Places, reached.Order(StringComparer.Ordinal));

        var baku = page.Locator("a.map-place[data-term='baku']");
        await baku.FocusAsync();
        Assert.True(await baku.EvaluateAsync<bool>("e => e === document.activeElement"), "Baku's marker does not take focus.");
        var navigated = page.WaitForURLAsync("**/glossary/baku/", new PageWaitForURLOptions { Timeout = 30_000 });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal("Baku", await page.Locator("h1").TextContentAsync());
    }

    /// <summary>
    /// Every axe rule, of any impact, on the home page's map with a place's definition open (focused) and on a
    /// place's term page with its small map: the page-wide test only fails on serious and critical problems.
    /// </summary>
    [Theory]
    [InlineData("", "light")]
    [InlineData("", "dark")]
    [InlineData("glossary/baku/", "light")]
    [InlineData("glossary/baku/", "dark")]
    public async Task The_maps_have_no_axe_violations_with_a_definition_open(string path, string scheme)
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await AxeScanner.InstallAsync(tab.Context);
        var page = tab.Page;
        await page.GotoAsync(fixture.UrlOf(fixture.PageAt(path)).AbsoluteUri);
        var place = page.Locator("figure.locator-map a.map-place").First;
        await place.FocusAsync();
        var tipOpen = await place.EvaluateAsync<bool>("e => document.getElementById(e.getAttribute('aria-describedby'))?.classList.contains('map-tip-open') ?? false");
        Assert.True(tipOpen, $"Focusing a place on {path} does not open its definition.");

        var result = await AxeScanner.ScanAsync(page);

        Assert.True(
            result.Violations.Length == 0,
            $"axe found violations on the map of '{path}' ({scheme}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, result.Violations.Select(v => AxeReport.Describe(path, v))));
    }

    [Fact]
    public async Task The_rendered_labels_do_not_overlap()
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await tab.Page.GotoAsync(fixture.UrlOf(fixture.PageAt("")).AbsoluteUri);

        var json = await tab.Page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('figure.locator-map svg text')]
              .filter(t => !t.closest('.map-scale') && !t.classList.contains('map-credit'))
              .map(t => { const b = t.getBBox(); return { text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height }; }))
            """);
        var boxes = JsonSerializer.Deserialize<List<RenderedBox>>(json, Web)!;

        Assert.True(boxes.Count >= Places.Length, "the map shows fewer labels than places");
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Intersects(boxes[j]), $"'{boxes[i].Text}' overlaps '{boxes[j].Text}' as rendered.");
            }
        }
    }

    private sealed record RenderedBox(string Text, double X, double Y, double W, double H)
    {
        // The glyph boxes of two labels placed side by side may touch within a rounding error.
        public bool Intersects(RenderedBox o) => X + 0.5 < o.X + o.W && o.X + 0.5 < X + W && Y + 0.5 < o.Y + o.H && o.Y + 0.5 < Y + H;
    }
}
