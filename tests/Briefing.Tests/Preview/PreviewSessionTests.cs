using Briefing.Core;
using Briefing.Preview;
using Briefing.Site;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

/// <summary>Rebuilds driven directly (no watcher), to check what an edit re-renders and rewrites.</summary>
public sealed class PreviewSessionTests
{
    private static readonly string[] SummaryPages =
    [
        "summaries/background/index.html",
        "summaries/baku-motives/index.html",
        "summaries/economic-ties/index.html",
        "summaries/moscow-response/index.html",
        "summaries/outlook/index.html",
    ];

    [Fact]
    public async Task Without_changes_a_rebuild_reuses_every_step_and_writes_nothing()
    {
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        var first = await session.RebuildAsync([], TestContext.Current.CancellationToken);
        var firstSite = session.Current!;

        var again = await session.RebuildAsync(["input/summaries/background.md"], TestContext.Current.CancellationToken);

        Assert.True(first.Succeeded);
        Assert.True(first.Cache.Misses > 0);
        Assert.Equal(0, again.Cache.Misses);
        Assert.Empty(again.OutputChanged);
        Assert.Null(again.Event);

        // Nothing to reload, but the site is now served from the generation this build completed, so that the
        // next build never writes into the folder being served.
        Assert.Equal(firstSite.Version, session.Current!.Version);
        Assert.NotEqual(firstSite.Folder, session.Current.Folder);
    }

    [Fact]
    public async Task An_edit_to_one_summary_re_renders_that_page_only()
    {
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        await session.RebuildAsync([], TestContext.Current.CancellationToken);
        await session.RebuildAsync([], TestContext.Current.CancellationToken); // both generations now hold the site

        SiteCopy.Edit(site, "input/summaries/outlook.md", text => text + "\nOne more sentence.\n");
        var edited = await session.RebuildAsync(["input/summaries/outlook.md"], TestContext.Current.CancellationToken);

        Assert.True(edited.Succeeded);
        // The page, and the search index files that hold its text: the part with its new word, its entries' file.
        var search = edited.OutputChanged.Where(f => f.StartsWith("search/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["summaries/outlook/index.html"], edited.OutputChanged.Except(search));
        Assert.Contains(search, f => f.StartsWith("search/entries/", StringComparison.Ordinal));
        Assert.True(search.Count <= 3, $"{search.Count} search files changed: {string.Join(", ", search)}");
        Assert.Equal(5, edited.Cache.Misses); // that one page's Markdown, glossary-linking, layout and search entries, and the index
        Assert.True(edited.Cache.Hits > 40, $"{edited.Cache.Hits} steps reused");
        Assert.Equal(ReloadEvent.Reload, edited.Event?.Kind);
        Assert.True(edited.FilesWritten <= 2 + search.Count, $"{edited.FilesWritten} files written");
        Assert.Contains("One more sentence.", File.ReadAllText(Path.Combine(session.Current!.Folder, "summaries", "outlook", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_summary_title_re_renders_every_page_that_lists_it()
    {
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        await session.RebuildAsync([], TestContext.Current.CancellationToken);

        SiteCopy.Edit(site, "input/summaries/outlook.md", text => text.Replace("title: Outlook", "title: What comes next", StringComparison.Ordinal));
        var edited = await session.RebuildAsync(["input/summaries/outlook.md"], TestContext.Current.CancellationToken);

        Assert.True(edited.Succeeded);
        Assert.Contains("index.html", edited.OutputChanged);
        Assert.Contains("summaries/index.html", edited.OutputChanged);
        Assert.Contains("summaries/economic-ties/index.html", edited.OutputChanged); // its "next" link
        Assert.DoesNotContain("assets/site.css", edited.OutputChanged);
    }

    [Fact]
    public async Task A_layout_change_re_renders_the_pages_using_that_layout()
    {
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        await session.RebuildAsync([], TestContext.Current.CancellationToken);

        SiteCopy.Edit(site, "theme/layouts/summary.liquid", text => text + "\n<!-- edited layout -->\n");
        var edited = await session.RebuildAsync(["theme/layouts/summary.liquid"], TestContext.Current.CancellationToken);

        Assert.Equal(SummaryPages, edited.OutputChanged);
    }

    [Fact]
    public async Task A_failed_build_keeps_serving_the_last_good_site()
    {
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        await session.RebuildAsync([], TestContext.Current.CancellationToken);
        var good = session.Current;
        var page = File.ReadAllText(Path.Combine(good!.Folder, "summaries", "outlook", "index.html"));

        SiteCopy.Edit(site, "input/summaries/outlook.md", text => text.Replace("(cite:p", "(cite:p99", StringComparison.Ordinal));
        var failed = await session.RebuildAsync(["input/summaries/outlook.md"], TestContext.Current.CancellationToken);

        Assert.False(failed.Succeeded);
        Assert.Same(good, session.Current);
        Assert.Equal(page, File.ReadAllText(Path.Combine(good.Folder, "summaries", "outlook", "index.html")));
        Assert.Equal(ReloadEvent.Error, failed.Event?.Kind);
        Assert.All(failed.Event!.Errors, e => Assert.Equal("input/summaries/outlook.md", e.File));
        Assert.NotEmpty(session.Errors);
    }

    [Fact]
    public async Task Preview_builds_stay_out_of_the_output_folder()
    {
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);

        await session.RebuildAsync([], TestContext.Current.CancellationToken);

        Assert.False(Directory.Exists(site.Combine("output")));
        Assert.StartsWith(site.Combine(".briefing", "preview"), session.Current!.Folder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_a_first_good_build_the_server_shows_the_errors_then_the_site()
    {
        using var site = SiteCopy.Create();
        SiteCopy.Edit(site, "input/summaries/outlook.md", text => text.Replace("title: Outlook", "title: \"Outlook", StringComparison.Ordinal));
        var hub = new LiveReloadHub();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, hub, SiteBuild.RunAsync);
        var failed = await session.RebuildAsync([], TestContext.Current.CancellationToken);
        await using var server = await PreviewServer.StartAsync(new ServerOptions(System.Net.IPAddress.Loopback, 0), session, hub, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.Address };

        using var broken = await client.GetAsync("/briefing/", TestContext.Current.CancellationToken);
        SiteCopy.Edit(site, "input/summaries/outlook.md", text => text.Replace("title: \"Outlook", "title: Outlook", StringComparison.Ordinal));
        var fixedBuild = await session.RebuildAsync(["input/summaries/outlook.md"], TestContext.Current.CancellationToken);
        using var good = await client.GetAsync("/briefing/", TestContext.Current.CancellationToken);

        Assert.False(failed.Succeeded);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.Contains("input/summaries/outlook.md", await broken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(fixedBuild.Succeeded);
        Assert.Equal(ReloadEvent.Reload, fixedBuild.Event?.Kind);
        Assert.Equal(System.Net.HttpStatusCode.OK, good.StatusCode);
    }
}
