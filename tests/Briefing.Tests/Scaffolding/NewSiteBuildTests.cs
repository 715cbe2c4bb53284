using Briefing.Cli;
using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scaffolding;

/// <summary>A site made by <c>briefing new</c> builds at once, with no theme folder, and warns at every placeholder.</summary>
public sealed class NewSiteBuildTests
{
    private const string Seed = "seeds/000_f49b7cf66e1737eb.txt";

    private const string SecondArticle =
        "A Second Look at the Caspian\n\nA standfirst.\n\nPublished on 1 August 2025\n\n" +
        "Officials in Baku met envoys from the European Union in March 2025.\n\nAbout 12 percent of the trade goes through Aktau.\n";

    private static Task<(int Code, string Out, string Error)> RunAsync(string directory, params string[] args) =>
        NewCommandTests.RunAsync(directory, args);

    [Fact]
    public async Task A_new_site_builds_with_a_warning_at_each_placeholder_and_publishes_none()
    {
        using var folder = new TemporaryDirectory();
        await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "site");
        var site = folder.Combine("site");

        var (code, output, error) = await RunAsync(site, "build");

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.False(Directory.Exists(Path.Combine(site, "theme")));
        Assert.Contains("input/index.md:7:1: warning: bottom line still to write", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("input/index.md:", StringComparison.Ordinal) && l.Contains("warning: key judgment still to write", StringComparison.Ordinal)));
        Assert.Contains("input/summaries/background.md:", output, StringComparison.Ordinal);
        Assert.Contains("with 5 warning(s)", output, StringComparison.Ordinal);
        var html = Directory.GetFiles(folder.Combine("site", "output"), "*.html", SearchOption.AllDirectories);
        Assert.All(html, f => Assert.DoesNotContain("TODO:", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.True(File.Exists(folder.Combine("site", "output", "articles", "why-is-azerbaijan-ramping-up-tensions-with-russia", "index.html")));
        Assert.True(File.Exists(folder.Combine("site", "output", "assets", "site.css")));
        Assert.False(Directory.Exists(folder.Combine("site", "output", "glossary", "nagorno-karabakh")));
    }

    [Fact]
    public async Task With_drafts_the_placeholders_terms_and_events_are_shown()
    {
        using var folder = new TemporaryDirectory();
        await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "site");
        var site = folder.Combine("site");

        var (code, output, error) = await RunAsync(site, "build", "--drafts");

        Assert.True(code == ExitCodes.Success, output + error);
        var home = folder.Read("site/output/index.html");
        Assert.Contains("class=\"placeholder\"", home, StringComparison.Ordinal);
        Assert.Contains("TODO: key judgment.", home, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("site", "output", "glossary", "nagorno-karabakh", "index.html")));
        Assert.Contains("About 2010", folder.Read("site/output/timeline/index.html"), StringComparison.Ordinal);
        Assert.Contains("input/data/timeline.yml:", output, StringComparison.Ordinal);
        Assert.Contains("warning: event title still to write", output, StringComparison.Ordinal);
        Assert.Contains("warning: short definition still to write", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_article_added_with_add_article_builds_and_cites_by_slug()
    {
        using var folder = new TemporaryDirectory();
        await RunAsync(folder.Path, "new", RepositoryFiles.PathOf(Seed), "site");
        var site = folder.Combine("site");
        folder.Write("caspian.txt", SecondArticle);

        var (added, addOutput, addError) = await RunAsync(site, "add-article", folder.Combine("caspian.txt"));
        var (code, output, error) = await RunAsync(site, "build", "--drafts");

        Assert.True(added == ExitCodes.Success, addOutput + addError);
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.True(File.Exists(folder.Combine("site", "seeds", "caspian.txt")));
        Assert.Contains("slug: a-second-look-at-the-caspian", folder.Read("site/seeds/caspian.yml"), StringComparison.Ordinal);
        Assert.Contains("cites: [a-second-look-at-the-caspian#p1]", folder.Read("site/input/data/timeline.yml"), StringComparison.Ordinal);
        Assert.Contains("sources: [a-second-look-at-the-caspian#p1]", folder.Read("site/input/glossary/european-union.md"), StringComparison.Ordinal);
        // Baku is a term already: no second draft for it.
        Assert.False(folder.Exists("site/input/glossary/baku-2.md"));
        Assert.True(File.Exists(folder.Combine("site", "output", "articles", "a-second-look-at-the-caspian", "index.html")));
        Assert.True(folder.Exists("site/CANDIDATES-caspian.md"));

        var (again, _, againError) = await RunAsync(site, "add-article", folder.Combine("caspian.txt"));
        Assert.Equal(ExitCodes.UsageError, again);
        Assert.Contains("already", againError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_an_article_to_a_site_that_names_no_main_article_names_the_first_one()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("briefing.yml", "article: azerbaijan-russia-tensions", "");
        using var folder = new TemporaryDirectory();
        folder.Write("caspian.txt", SecondArticle);

        var (added, addOutput, addError) = await RunAsync(site.Root, "add-article", folder.Combine("caspian.txt"));
        var report = await site.BuildAsync();

        Assert.True(added == ExitCodes.Success, addOutput + addError);
        Assert.Contains("article: azerbaijan-russia-tensions\n", site.Read("briefing.yml"), StringComparison.Ordinal);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Contains("href=\"../../articles/azerbaijan-russia-tensions/#p17\"", site.ReadOutput("summaries/outlook/index.html"), StringComparison.Ordinal);
    }
}
