using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>A glossary mention shows its short definition on keyboard focus and hides it again on Escape.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class GlossaryTooltipTests(SiteFixture fixture)
{
    [Fact]
    public async Task Focusing_a_term_shows_its_tooltip_and_Escape_hides_it()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;

        SitePage? withTerms = null;
        foreach (var sitePage in fixture.Pages)
        {
            await page.GotoAsync(fixture.UrlOf(sitePage).AbsoluteUri);
            if (await page.Locator("a.term").CountAsync() > 0)
            {
                withTerms = sitePage;
                break;
            }
        }

        if (withTerms is null)
        {
            Assert.Skip("No page of the site links a glossary term (a.term) yet, so there is no tooltip to check.");
        }

        var term = page.Locator("a.term").First;
        var tipId = await term.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(tipId), $"The first term link on {withTerms} has no aria-describedby.");
        var tip = page.Locator($"[id='{tipId}']");
        Assert.Equal(1, await tip.CountAsync());
        Assert.Contains("term-tip", await tip.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.False(await Visibility.IsShownAsync(tip), $"The tooltip #{tipId} on {withTerms} is shown before its term has focus.");

        // One key press first, so the browser treats the focus that follows as keyboard focus (:focus-visible).
        await page.Keyboard.PressAsync("Tab");
        await term.FocusAsync();
        Assert.True(await Visibility.IsShownAsync(tip), $"Focusing the term link on {withTerms} does not show its tooltip #{tipId}.");

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await Visibility.IsShownAsync(tip), $"Escape does not hide the tooltip #{tipId} on {withTerms}.");
    }
}
