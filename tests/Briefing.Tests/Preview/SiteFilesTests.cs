using Briefing.Preview;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

public sealed class SiteFilesTests
{
    [Fact]
    public void Maps_clean_urls_to_index_files()
    {
        using var site = new TemporaryDirectory();
        var home = site.Write("index.html", "home");
        var glossary = site.Write("glossary/index.html", "glossary");
        var css = site.Write("assets/site.css", "css");

        Assert.Equal(home, SiteFiles.Resolve(site.Path, "").FullPath);
        Assert.Equal(glossary, SiteFiles.Resolve(site.Path, "glossary/").FullPath);
        Assert.Equal(css, SiteFiles.Resolve(site.Path, "assets/site.css").FullPath);
        Assert.True(SiteFiles.Resolve(site.Path, "glossary").IsRedirect);
        Assert.Same(SiteFile.Missing, SiteFiles.Resolve(site.Path, "nothing/"));
        Assert.Same(SiteFile.Missing, SiteFiles.Resolve(site.Path, "assets"));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/outside.txt")]
    [InlineData("a/../../outside.txt")]
    [InlineData("..\\outside.txt")]
    public void Never_resolves_outside_the_site(string path)
    {
        using var parent = new TemporaryDirectory();
        parent.Write("outside.txt", "secret");
        var site = parent.Combine("site");
        Directory.CreateDirectory(site);

        Assert.Null(SiteFiles.Resolve(site, path).FullPath);
    }
}
