using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>axe finds no serious or critical accessibility problem on any page, in light or dark colours.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class AccessibilityTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_page_has_no_serious_axe_violations(string scheme)
    {
        await using var tab = await fixture.OpenTabAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await AxeScanner.InstallAsync(tab.Context);

        var problems = new List<string>();
        foreach (var sitePage in fixture.Pages)
        {
            await tab.Page.GotoAsync(fixture.UrlOf(sitePage).AbsoluteUri);
            var result = await AxeScanner.ScanAsync(tab.Page);
            problems.AddRange(AxeReport.Blocking(result).Select(v => AxeReport.Describe(sitePage.ToString(), v)));
        }

        Assert.True(
            problems.Count == 0,
            $"axe found serious or critical violations in the {scheme} colour scheme:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
