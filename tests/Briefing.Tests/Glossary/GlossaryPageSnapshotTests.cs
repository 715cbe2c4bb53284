using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Glossary;

/// <summary>The glossary's index and one term page, as readers get them (the page's main content).</summary>
public class GlossaryPageSnapshotTests(BuiltRealSite site) : IClassFixture<BuiltRealSite>
{
    [Fact]
    public Task The_A_to_Z_index() => VerifyMainAsync("glossary/index.html");

    [Fact]
    public Task The_Nagorno_Karabakh_term_page() => VerifyMainAsync("glossary/nagorno-karabakh/index.html");

    private Task VerifyMainAsync(string page)
    {
        Assert.True(site.Report.Succeeded, string.Join('\n', site.Report.Diagnostics));
        return Snapshot.VerifyHtmlAsync(site.Page(page).QuerySelector("main")!.OuterHtml);
    }
}
