using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>Printed pages drop the navigation and keep what a citation needs.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class PrintTests(SiteFixture fixture)
{
    [Fact]
    public async Task Printing_the_article_hides_the_navigation_and_keeps_paragraph_numbers()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        var article = fixture.Pages.Single(p => p.Path.StartsWith("articles/", StringComparison.Ordinal));
        await page.GotoAsync(fixture.UrlOf(article).AbsoluteUri);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal(1, await page.Locator("nav.site-nav").CountAsync());
        Assert.False(await Visibility.IsShownAsync(page.Locator("nav.site-nav")), "The site navigation is printed.");

        var numbers = await page.Locator(".article-body a.para-num").AllAsync();
        Assert.NotEmpty(numbers);
        foreach (var number in numbers)
        {
            Assert.True(await Visibility.IsShownAsync(number), $"Paragraph number {await number.TextContentAsync()} is not printed.");
        }
    }
}
