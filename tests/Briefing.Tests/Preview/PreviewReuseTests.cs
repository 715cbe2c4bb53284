using Briefing.Cards;
using Briefing.Pipeline.Caching;
using Briefing.Preview;
using Briefing.Site;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

/// <summary>
/// What a preview rebuild runs again, read from the memo cache's statistics per step: nothing for unchanged
/// sources (the locator maps included), and for a body edit only that page's own steps. The social cards are
/// drawn as they are written, so here they are checked by what the preview's writer did with them (kept by their
/// stamp without a read, copied from the served generation, or drawn) and by which card files a rebuild changes:
/// none drawn or changed without changes or for a body edit, that page's alone for a title edit.
/// </summary>
public sealed class PreviewReuseTests
{
    private const string Summary = "input/summaries/outlook.md";
    private const string Maps = "AddLocatorMaps";
    private const string Publishing = "AddPublishingFiles";
    private const string LinkIndex = "AddLinkIndex";

    [Fact]
    public async Task A_rebuild_without_changes_reuses_every_result_the_cards_and_maps_included()
    {
        var (site, session) = await StartAsync();
        using (site)
        using (session)
        {
            var second = await RebuildAsync(session, []);

            Assert.Equal([], Run(second));
            Assert.Equal([], second.OutputChanged);
            Assert.Equal(new MemoStepStatistics(Maps, 1, 0), Step(second, Maps));
            Assert.Equal(new MemoStepStatistics(Publishing, 1, 0), Step(second, Publishing));
            Assert.Equal(new MemoStepStatistics(LinkIndex, 1, 0), Step(second, LinkIndex));
            AssertNoCardDrawn(second);
        }
    }

    [Fact]
    public async Task A_title_edit_changes_that_page_card_alone_lays_out_the_pages_that_show_the_title_and_reuses_the_maps()
    {
        var (site, session) = await StartAsync();
        using (site)
        using (session)
        {
            site.Write(Summary, site.Read(Summary).Replace("title: Outlook", "title: What comes next", StringComparison.Ordinal));
            var edited = await RebuildAsync(session, [Summary]);

            Assert.Equal(0, Step(edited, Maps).Misses);

            // The feed and the link index name the page by its title, so they are made again.
            Assert.Equal(new MemoStepStatistics(Publishing, 0, 1), Step(edited, Publishing));
            Assert.Equal(new MemoStepStatistics(LinkIndex, 0, 1), Step(edited, LinkIndex));

            // Laid out again: the pages that show the title (home, the index, its neighbour, the terms it mentions), no other.
            var pagesChanged = edited.OutputChanged.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
            var layouts = Step(edited, "ApplyLayouts.LayoutEach");
            Assert.InRange(pagesChanged, 4, (layouts.Hits + layouts.Misses) / 2);
            Assert.Equal(pagesChanged, layouts.Misses);
            Assert.Equal([CardAddress.For("summaries/outlook/")], edited.OutputChanged.Select(p => p.Replace('\\', '/')).Where(p => p.EndsWith(".png", StringComparison.Ordinal)));
            Assert.Equal(1, edited.MadeFiles.Made);
        }
    }

    [Fact]
    public async Task A_body_edit_runs_only_the_steps_of_that_page()
    {
        var (site, session) = await StartAsync();
        using (site)
        using (session)
        {
            site.Write(Summary, site.Read(Summary) + "\nOne more sentence about what comes next.\n");
            var edited = await RebuildAsync(session, [Summary]);

            // Rendered, linked, laid out and read for search again (its entries, then the index that holds them); the
            // cards, maps, glossary, sitemap, feed, link index and every other page reused.
            Assert.Equal(["ApplyLayouts.LayoutEach 1", "BuildSearchIndex 2", "LinkGlossaryTerms.LinkEach 1", "RenderMarkdownPages 1"], Run(edited));
            // Of the pages, only its own changed (the search index, which holds its text, changes too).
            Assert.Equal(["summaries/outlook/index.html"], edited.OutputChanged.Select(p => p.Replace('\\', '/')).Where(p => p.EndsWith(".html", StringComparison.Ordinal)));
            AssertNoCardDrawn(edited);
        }
    }

    private static async Task<(TemporaryDirectory Site, PreviewSession Session)> StartAsync()
    {
        var site = SiteCopy.Create();
        var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        var first = await RebuildAsync(session, []);
        Assert.NotEqual([], Run(first));
        Assert.True(first.MadeFiles.Made > 40, $"the first build drew {first.MadeFiles.Made} cards");
        return (site, session);
    }

    private static async Task<RebuildResult> RebuildAsync(PreviewSession session, IReadOnlyCollection<string> changed)
    {
        var result = await session.RebuildAsync(changed, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    /// <summary>
    /// Every card was kept as the generation held it or copied from the served one (never read to check it, never
    /// drawn): as many as the first build drew.
    /// </summary>
    private static void AssertNoCardDrawn(RebuildResult result)
    {
        Assert.Equal(0, result.MadeFiles.Made);
        Assert.True(result.MadeFiles.Kept + result.MadeFiles.Copied > 40, $"{result.MadeFiles}");
    }

    /// <summary>The steps that computed results, with how many.</summary>
    private static List<string> Run(RebuildResult result) =>
        [.. result.CacheSteps.Where(s => s.Misses > 0).Select(s => $"{s.Step} {s.Misses}")];

    private static MemoStepStatistics Step(RebuildResult result, string name) =>
        Assert.Single(result.CacheSteps, s => s.Step == name);
}
