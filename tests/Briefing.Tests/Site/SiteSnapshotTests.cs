using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Site;

/// <summary>
/// Every generated file of the real site, pretty-printed and compared with the committed snapshots, so any
/// change to the output is seen and reviewed. Assets are copies of theme files and are left out, and so are the
/// social cards, pictures whose snapshots are their pixels (<c>Cards/SocialCardSiteTests</c>).
/// </summary>
public class SiteSnapshotTests
{
    [Fact]
    public async Task Every_generated_page()
    {
        using var site = TestSite.CopyOfRepository();
        var report = await site.BuildAsync(baseUrl: "https://example.github.io/briefing/");
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));

        await Snapshot.VerifyDirectoryAsync(site.Output, new SnapshotSettings
        {
            Include = path => !path.StartsWith("assets/", StringComparison.Ordinal) && !path.StartsWith("cards/", StringComparison.Ordinal),
        });
    }
}
