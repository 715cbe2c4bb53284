using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>A keyboard user can skip to the content and always sees where focus is.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class KeyboardTests(SiteFixture fixture)
{
    [Fact]
    public async Task The_first_Tab_reaches_the_skip_link_and_it_moves_focus_to_main()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(fixture.UrlOf(fixture.PageAt("")).AbsoluteUri);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = await FocusState.ReadAsync(page);

        Assert.True(skipLink is { Element: "a", Href: "#main" }, $"The first Tab focused {skipLink}, not the skip link to #main.");
        Assert.True(skipLink.IsOnScreen, $"The focused skip link is not shown on screen: {skipLink.Width}x{skipLink.Height} at ({skipLink.Left}, {skipLink.Top}).");

        await page.Keyboard.PressAsync("Enter");
        var afterSkip = await FocusState.ReadAsync(page);

        Assert.True(afterSkip is { Element: "main", Id: "main" }, $"Activating the skip link focused {afterSkip}, not <main id=\"main\">.");
    }

    [Fact]
    public async Task Focused_links_show_a_focus_indicator()
    {
        await using var tab = await fixture.OpenTabAsync();
        var page = tab.Page;
        var article = fixture.Pages.Single(p => p.Path.StartsWith("articles/", StringComparison.Ordinal));
        await page.GotoAsync(fixture.UrlOf(article).AbsoluteUri);

        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Walk the first links by keyboard: skip link, site title, navigation, then the article's own links.
        for (var step = 0; step < 12; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await FocusState.ReadAsync(page);
            if (focus.Element != "a" || !seen.Add($"{focus.ClassName}|{focus.Href}"))
            {
                continue;
            }

            if (!focus.HasVisibleIndicator)
            {
                problems.Add($"{focus} has neither an outline nor a box shadow when focused.");
            }
        }

        Assert.True(seen.Count >= 5, $"Tab reached only {seen.Count} distinct link(s).");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
