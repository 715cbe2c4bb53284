using Briefing.Tests.Support;

namespace Briefing.Tests.Links;

/// <summary>Every link of the real site resolves under a GitHub Pages project path and at a domain root.</summary>
public sealed class ProjectPathLinksTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    [Fact]
    public void Every_internal_link_and_fragment_resolves() => PublishedSiteLinks.AssertAllResolve(site);

    [Fact]
    public void Pages_link_relatively_and_the_404_page_absolutely() => PublishedSiteLinks.AssertLinkStyles(site);

    [Fact]
    public void Canonical_and_preview_urls_are_absolute_under_the_base_url() => PublishedSiteLinks.AssertCanonicalUrls(site);
}

public sealed class DomainRootLinksTests(DomainRootSite site) : IClassFixture<DomainRootSite>
{
    [Fact]
    public void Every_internal_link_and_fragment_resolves() => PublishedSiteLinks.AssertAllResolve(site);

    [Fact]
    public void Pages_link_relatively_and_the_404_page_absolutely() => PublishedSiteLinks.AssertLinkStyles(site);

    [Fact]
    public void Canonical_and_preview_urls_are_absolute_under_the_base_url() => PublishedSiteLinks.AssertCanonicalUrls(site);
}

internal static class PublishedSiteLinks
{
    public static void AssertAllResolve(BuiltRepositorySite site)
    {
        var walk = OutputLinkWalk.Run(site.Output, site.BaseUrl);

        Assert.Empty(walk.Broken);
        // The article has 17 paragraphs and every summary cites some: a walk that followed few links proves nothing.
        Assert.True(walk.InternalLinks > 200, $"only {walk.InternalLinks} internal links were followed");
        Assert.True(walk.Fragments > 50, $"only {walk.Fragments} fragments were followed");
    }

    public static void AssertLinkStyles(BuiltRepositorySite site)
    {
        var walk = OutputLinkWalk.Run(site.Output, site.BaseUrl);
        foreach (var (file, document) in walk.Pages)
        {
            var links = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
            var internalLinks = links.Where(l => !l.StartsWith("https:", StringComparison.Ordinal) && !l.StartsWith('#')).ToList();
            Assert.NotEmpty(internalLinks);
            if (file == "404.html")
            {
                Assert.All(internalLinks, l => Assert.StartsWith(site.BaseUrl.AbsolutePath, l, StringComparison.Ordinal));
            }
            else
            {
                Assert.All(internalLinks, l => Assert.False(l.StartsWith('/'), $"{file} links site-absolutely to {l}"));
            }
        }
    }

    public static void AssertCanonicalUrls(BuiltRepositorySite site)
    {
        var walk = OutputLinkWalk.Run(site.Output, site.BaseUrl);
        // A redirect page's canonical link names the page it forwards to.
        foreach (var (file, document) in walk.Pages.Where(p => p.Key != "404.html" && p.Value.QuerySelector("meta[http-equiv=refresh]") is null))
        {
            var expected = walk.UrlOf(file).AbsoluteUri;
            Assert.Equal(expected, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(expected, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            // Every page's preview image is its own card, written beside it.
            var card = Briefing.Cards.CardAddress.For(file == "index.html" ? "" : file[..^"index.html".Length]);
            Assert.Equal(new Uri(site.BaseUrl, card).AbsoluteUri, document.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
            Assert.Contains(card, walk.Files);
        }

        Assert.Null(walk.Pages["404.html"].QuerySelector("link[rel=canonical]"));
        Assert.Equal("noindex", walk.Pages["404.html"].QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }
}
