using Briefing.Pipeline.Diagnostics;
using Briefing.Preview;
using Briefing.Site;

namespace Briefing.Tests.Preview;

/// <summary>A preview session that meets hostile input reports it, keeps the last good site, and recovers.</summary>
public sealed class PreviewAfterHostileInputTests
{
    [Theory]
    [InlineData("input/summaries/outlook.md", "\n" + "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > deep\n")]
    [InlineData("briefing.yml", "\nextra: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n")]
    public async Task Nesting_too_deep_fails_the_rebuild_keeps_the_last_good_site_and_the_next_edit_recovers(string file, string appended)
    {
        var token = TestContext.Current.CancellationToken;
        using var site = SiteCopy.Create();
        using var session = new PreviewSession(new PreviewOptions { SiteRoot = site.Path }, new LiveReloadHub(), SiteBuild.RunAsync);
        Assert.True((await session.RebuildAsync([], token)).Succeeded);
        var good = session.Current!;
        var page = File.ReadAllText(Path.Combine(good.Folder, "summaries", "outlook", "index.html"));
        var original = File.ReadAllText(Path.Combine(site.Path, file));

        SiteCopy.Edit(site, file, text => text + appended);
        var failed = await session.RebuildAsync([file], token);

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(file, error.Location?.File);
        Assert.StartsWith("nested too deeply", error.Message, StringComparison.Ordinal);
        Assert.Equal(good.Version, session.Current!.Version);
        Assert.Equal(page, File.ReadAllText(Path.Combine(session.Current.Folder, "summaries", "outlook", "index.html")));

        SiteCopy.Edit(site, file, _ => original);
        var recovered = await session.RebuildAsync([file], token);

        Assert.True(recovered.Succeeded, string.Join('\n', recovered.Diagnostics));
        Assert.Equal(page, File.ReadAllText(Path.Combine(session.Current!.Folder, "summaries", "outlook", "index.html")));
    }
}
