using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The pages give their substance without JavaScript.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class NoScriptTests(SiteFixture fixture)
{
    [Fact]
    public async Task The_home_page_shows_the_bottom_line_key_judgments_and_navigation_without_JavaScript()
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = tab.Page;
        await page.GotoAsync(fixture.UrlOf(fixture.PageAt("")).AbsoluteUri);

        var bottomLine = page.Locator(".bottom-line");
        Assert.True(await Visibility.IsShownAsync(bottomLine), "The bottom line is not shown.");
        Assert.NotEmpty((await bottomLine.InnerTextAsync()).Trim());

        var judgments = page.Locator("#key-judgments + ol > li");
        Assert.True(await Visibility.IsShownAsync(page.Locator("#key-judgments")), "The 'Key judgments' heading is not shown.");
        Assert.True(await judgments.CountAsync() >= 3, "Fewer than three key judgments follow the heading.");
        foreach (var judgment in await judgments.AllAsync())
        {
            Assert.True(await Visibility.IsShownAsync(judgment), $"A key judgment is hidden: {await judgment.TextContentAsync()}");
        }

        var navigation = page.Locator("nav.site-nav a");
        Assert.True(await navigation.CountAsync() >= 3, "The site navigation has fewer than three links.");
        foreach (var link in await navigation.AllAsync())
        {
            Assert.True(await Visibility.IsShownAsync(link), $"The navigation link '{await link.TextContentAsync()}' is hidden.");
        }
    }
}
