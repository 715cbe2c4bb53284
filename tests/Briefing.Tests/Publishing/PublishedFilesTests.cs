using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>The files a build adds for hosts, crawlers, feed readers and report authors, as published under a project path.</summary>
public sealed class PublishedFilesTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    [Fact]
    public Task Sitemap() => Snapshot.VerifyAsync(site.Site.ReadOutput("sitemap.xml"), "xml");

    [Fact]
    public Task Feed() => Snapshot.VerifyAsync(site.Site.ReadOutput("feed.xml"), "xml");

    [Fact]
    public Task LinkIndex() => Snapshot.VerifyAsync(site.Site.ReadOutput("links.json"), "json");

    [Fact]
    public Task NotFoundPage() => Snapshot.VerifyHtmlAsync(site.Site.ReadOutput("404.html"));

    [Fact]
    public void Nojekyll_file_is_written_so_that_pages_serves_the_output_as_is()
    {
        Assert.True(File.Exists(site.Site.OutputPathOf(".nojekyll")));
        Assert.Equal("", site.Site.ReadOutput(".nojekyll"));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_by_its_absolute_url() =>
        Assert.Contains("Sitemap: https://example.github.io/briefing/sitemap.xml\n", site.Site.ReadOutput("robots.txt"), StringComparison.Ordinal);
}
