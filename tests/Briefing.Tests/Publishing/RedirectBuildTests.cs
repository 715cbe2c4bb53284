using AngleSharp.Html.Parser;
using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary><c>redirect_from</c> keeps an old, locked address working with a small redirect page.</summary>
public sealed class RedirectBuildTests
{
    private static void MoveOutlookWithRedirect(TestSite site)
    {
        site.Move("input/summaries/outlook.md", "input/summaries/prospects.md");
        site.Edit("input/summaries/prospects.md", "title: Outlook\n", "title: Outlook\nredirect_from: /summaries/outlook/\n");
    }

    [Fact]
    public async Task Moved_page_with_redirect_from_passes_the_lock_and_writes_a_redirect_page()
    {
        using var site = TestSite.CopyOfRepository();
        MoveOutlookWithRedirect(site);

        var report = await site.BuildAsync(baseUrl: "https://example.github.io/briefing/");

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var redirect = new HtmlParser().ParseDocument(site.ReadOutput("summaries/outlook/index.html"));
        Assert.Equal("https://example.github.io/briefing/summaries/prospects/", redirect.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("0; url=../../summaries/prospects/", redirect.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("noindex", redirect.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("../../summaries/prospects/", redirect.QuerySelector("body a")?.GetAttribute("href"));
        Assert.Contains("location.hash", redirect.QuerySelector("script")?.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(site.OutputPathOf("summaries/prospects/index.html")));
    }

    [Fact]
    public async Task Redirect_is_listed_in_the_link_index_but_not_in_the_sitemap()
    {
        using var site = TestSite.CopyOfRepository();
        MoveOutlookWithRedirect(site);

        var report = await site.BuildAsync(baseUrl: "https://example.org/");

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var index = Briefing.Links.LinkIndexJson.Read(site.ReadOutput("links.json"));
        var redirect = Assert.Single(index.Redirects, r => r.To == "/summaries/prospects/");
        Assert.Equal(new Briefing.Links.RedirectLink("/summaries/outlook/", "/summaries/prospects/", "https://example.org/summaries/outlook/"), redirect);
        Assert.DoesNotContain("summaries/outlook/", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_from_an_address_that_is_still_a_page_fails()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/summaries/outlook.md", "title: Outlook\n", "title: Outlook\nredirect_from: /summaries/background/\n");

        var error = await site.BuildExpectingOneErrorAsync();
        Assert.Equal("input/summaries/outlook.md", error.Location?.File);
        Assert.Contains("redirect_from '/summaries/background/' is the address of a page (input/summaries/background.md)", error.Message, StringComparison.Ordinal);
    }
}
