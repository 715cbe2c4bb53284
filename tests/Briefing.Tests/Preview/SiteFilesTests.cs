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

    [Theory]
    [InlineData("secret.txt")]
    [InlineData("linked/secret.txt")]
    [InlineData("linked/")]
    [InlineData("linked")]
    public void Never_serves_a_file_whose_link_leads_outside_the_site(string path)
    {
        using var parent = new TemporaryDirectory();
        var secret = parent.Write("outside/secret.txt", "secret");
        parent.Write("outside/index.html", "not the site's");
        var site = parent.Combine("site");
        Directory.CreateDirectory(site);
        File.CreateSymbolicLink(Path.Combine(site, "secret.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(site, "linked"), parent.Combine("outside"));

        Assert.Same(SiteFile.Missing, SiteFiles.Resolve(site, path));
    }

    [Fact]
    public void Serves_a_link_whose_target_stays_inside_the_site()
    {
        using var site = new TemporaryDirectory();
        var css = site.Write("assets/site.css", "css");
        File.CreateSymbolicLink(site.Combine("assets", "copy.css"), css);

        Assert.Equal(site.Combine("assets", "copy.css"), SiteFiles.Resolve(site.Path, "assets/copy.css").FullPath);
    }
}
