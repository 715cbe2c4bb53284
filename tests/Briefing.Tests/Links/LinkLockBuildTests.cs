using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Links;

/// <summary>links.lock keeps published links from disappearing unnoticed.</summary>
public sealed class LinkLockBuildTests
{
    [Fact]
    public async Task Repository_lock_holds_every_citable_link_of_the_site()
    {
        using var site = TestSite.CopyOfRepository();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Location?.File == "links.lock");
        Assert.Contains("/articles/azerbaijan-russia-tensions/#p17\n", site.Read("links.lock"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_locked_paragraph_anchor_fails_the_build()
    {
        using var site = TestSite.CopyOfRepository();
        // As if the article once had an 18th paragraph that a report linked to.
        site.Append("links.lock", "/articles/azerbaijan-russia-tensions/#p18\n");
        var line = site.Read("links.lock").Split('\n').ToList().IndexOf("/articles/azerbaijan-russia-tensions/#p18") + 1;

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(new SourceLocation("links.lock", line, 1), error.Location);
        Assert.Contains("published link /articles/azerbaijan-russia-tensions/#p18 would break", error.Message, StringComparison.Ordinal);
        Assert.Contains("no longer has the anchor #p18", error.Message, StringComparison.Ordinal);
        Assert.Contains("briefing links --update-lock", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_locked_page_without_a_redirect_fails_the_build()
    {
        using var site = TestSite.CopyOfRepository();
        site.Move("input/summaries/outlook.md", "input/summaries/prospects.md");

        var error = await site.BuildExpectingOneErrorAsync();
        Assert.Equal("links.lock", error.Location?.File);
        Assert.Contains("no page is published at /summaries/outlook/ any more", error.Message, StringComparison.Ordinal);
        Assert.Contains("redirect_from: /summaries/outlook/", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_citable_links_are_reported_until_the_lock_is_updated()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/sources.md", "---\ntitle: Sources\n---\n\nWhere the briefing comes from.\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded);
        var warning = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("1 citable link(s) are not in links.lock yet, e.g. /sources/", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_without_a_lock_is_not_checked()
    {
        using var site = TestSite.CopyOfRepository();
        File.Delete(site.PathOf("links.lock"));
        site.Move("input/summaries/outlook.md", "input/summaries/prospects.md");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Empty(report.Diagnostics);
    }
}
