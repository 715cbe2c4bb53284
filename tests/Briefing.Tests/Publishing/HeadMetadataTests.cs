using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core;
using Briefing.Layouts;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>What a page tells search engines and link previews, and the copy-link controls report authors use.</summary>
public sealed class HeadMetadataTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    private const string ArticleFile = "articles/azerbaijan-russia-tensions/index.html";
    private const string ArticleUrl = "https://example.github.io/briefing/articles/azerbaijan-russia-tensions/";

    private IHtmlDocument Page(string file) => new HtmlParser().ParseDocument(site.Site.ReadOutput(file));

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static JsonElement JsonLd(IHtmlDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Fact]
    public void Article_page_is_an_article_with_its_publication_date()
    {
        var page = Page(ArticleFile);

        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("2025-07-07", Meta(page, "article:published_time"));
        Assert.Equal("Why Is Azerbaijan Ramping Up Tensions With Russia?", Meta(page, "og:title"));
        Assert.StartsWith("By falling out with the Kremlin", Meta(page, "og:description"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal(Meta(page, "og:image"), Meta(page, "twitter:image"));
        Assert.Equal("Azerbaijan and Russia: the July 2025 standoff", Meta(page, "og:site_name"));

        var jsonLd = JsonLd(page);
        Assert.Equal("Article", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("2025-07-07", jsonLd.GetProperty("datePublished").GetString());
        Assert.Equal(ArticleUrl, jsonLd.GetProperty("url").GetString());
        Assert.Equal("Carnegie Endowment for International Peace", jsonLd.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void Home_page_is_a_web_site_and_other_pages_carry_no_json_ld()
    {
        var home = Page("index.html");
        Assert.Equal("website", Meta(home, "og:type"));
        Assert.Equal("WebSite", JsonLd(home).GetProperty("@type").GetString());
        Assert.Equal("https://example.github.io/briefing/", JsonLd(home).GetProperty("url").GetString());

        var summary = Page("summaries/outlook/index.html");
        Assert.Equal("website", Meta(summary, "og:type"));
        Assert.Null(Meta(summary, "article:published_time"));
        Assert.Empty(summary.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public void Every_page_has_a_description_and_the_feed_link()
    {
        foreach (var file in new[] { "index.html", ArticleFile, "summaries/index.html", "summaries/outlook/index.html", "timeline/index.html", "404.html" })
        {
            var page = Page(file);
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "description")), $"{file} has no description");
            Assert.Equal(Meta(page, "description"), Meta(page, "og:description"));
            Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/atom+xml']"));
        }
    }

    [Fact]
    public void Each_paragraph_has_a_copy_link_button_with_its_absolute_url()
    {
        var page = Page(ArticleFile);
        var paragraphs = page.QuerySelectorAll(".article-body .para");

        Assert.Equal(17, paragraphs.Length);
        Assert.All(paragraphs, p =>
        {
            var button = p.QuerySelector("button.copy-link");
            Assert.NotNull(button);
            Assert.Equal("button", button.GetAttribute("type"));
            Assert.Equal(ArticleUrl + "#" + p.Id, button.GetAttribute("data-copy"));
            Assert.StartsWith("Copy link", button.GetAttribute("aria-label"), StringComparison.Ordinal);
            // The confirmation is announced from a live region right after the button, there before any click.
            Assert.Equal("polite", button.NextElementSibling?.GetAttribute("aria-live"));
            Assert.Contains("copy-status", button.NextElementSibling?.ClassName, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Cite_this_box_offers_to_copy_the_citation_the_link_and_the_bibtex()
    {
        var box = Page(ArticleFile).QuerySelector(".cite-this")!;
        var copies = box.QuerySelectorAll("button.copy-link").Select(b => b.GetAttribute("data-copy")).ToList();

        Assert.Equal(3, copies.Count);
        Assert.Equal(box.QuerySelector(".cite-text")!.TextContent, copies[0]);
        Assert.Equal(ArticleUrl, copies[1]);
        Assert.Equal(box.QuerySelector(".cite-bibtex code")!.TextContent, copies[2]);
        Assert.StartsWith("@online{", copies[2], StringComparison.Ordinal);
        Assert.Equal("polite", box.QuerySelector(".cite-actions > .copy-status")?.GetAttribute("aria-live"));
    }
}
