using Briefing.Pipeline.Caching;
using Briefing.Preview;
using Briefing.Site;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

/// <summary>
/// What a preview rebuild runs again, read from the memo cache's statistics per step: nothing for unchanged
/// sources, one page's card for a title edit, and for a body edit only the steps of that page.
/// </summary>
public sealed class PreviewReuseTests
{
    private const string Summary = "input/summaries/outlook.md";

    [Fact]
    public async Task Print()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        var first = await session.RebuildAsync([], cancel);
        Dump("first", first);
        var second = await session.RebuildAsync([], cancel);
        Dump("second", second);
        site.Write(Summary, site.Read(Summary) + "\nOne more sentence about what comes next.\n");
        Dump("body", await session.RebuildAsync([Summary], cancel));
        site.Write(Summary, site.Read(Summary).Replace("title: Outlook", "title: What comes next", StringComparison.Ordinal));
        Dump("title", await session.RebuildAsync([Summary], cancel));
    }

    private static void Dump(string name, RebuildResult result)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        TestContext.Current.SendDiagnosticMessage(name + ": " + string.Join(", ", result.CacheSteps.Select(s => $"{s.Step} {s.Hits}/{s.Misses}")));
        Console.Error.WriteLine(name + ": " + string.Join(", ", result.CacheSteps.Select(s => $"{s.Step} {s.Hits}/{s.Misses}")));
    }
}
