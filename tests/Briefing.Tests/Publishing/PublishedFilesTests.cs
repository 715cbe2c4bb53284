using Briefing.Publishing;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>
/// The files a build adds for hosts and crawlers, as published under a project path. Their full content
/// (sitemap.xml, feed.xml, links.json, 404.html) is snapshotted with every other generated file by
/// <c>Site/SiteSnapshotTests</c>; these tests state the properties that must hold whatever the content.
/// </summary>
public sealed class PublishedFilesTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    [Fact]
    public void Nojekyll_file_is_written_so_that_pages_serves_the_output_as_is()
    {
        Assert.True(File.Exists(site.Site.OutputPathOf(".nojekyll")));
        Assert.Equal("", site.Site.ReadOutput(".nojekyll"));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_by_its_absolute_url() =>
        Assert.Contains("Sitemap: https://example.github.io/briefing/sitemap.xml\n", site.Site.ReadOutput("robots.txt"), StringComparison.Ordinal);

    [Fact]
    public void Sitemap_lists_every_page_but_the_404_page_with_the_content_date()
    {
        var sitemap = site.Site.ReadOutput("sitemap.xml");
        // Every HTML file but the 404 page and the redirect pages left at old addresses.
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Count(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)) - 1;

        Assert.Equal(pages, sitemap.Split("<loc>").Length - 1);
        Assert.Equal(pages, sitemap.Split("<lastmod>2025-07-07</lastmod>").Length - 1);
        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_takes_its_dates_from_the_content_and_uses_page_urls_as_ids()
    {
        var feed = System.Xml.Linq.XDocument.Parse(site.Site.ReadOutput("feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("2025-07-07T00:00:00Z", feed.Root!.Element(atom + "updated")!.Value);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(e.Element(atom + "link")!.Attribute("href")!.Value, e.Element(atom + "id")!.Value));
        Assert.All(entries, e => Assert.StartsWith("https://example.github.io/briefing/", e.Element(atom + "id")!.Value, StringComparison.Ordinal));
    }
}
