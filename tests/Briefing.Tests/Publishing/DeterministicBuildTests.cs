using Briefing.Site;
using Briefing.Tests.Seeds;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>Two builds of the same sources produce the same bytes, whatever the time or the machine's culture.</summary>
public sealed class DeterministicBuildTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    [Fact]
    public async Task Build_output_is_the_same_on_every_build()
    {
        using var again = TestSite.CopyOfRepository();
        BuildReport report;
        using (new CultureScope("tr-TR"))
        {
            report = await again.BuildAsync(site.BaseUrl.AbsoluteUri, TestContext.Current.CancellationToken);
        }

        Assert.True(report.Succeeded);

        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(again.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again.Output, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, f)), File.ReadAllBytes(Path.Combine(again.Output, f))));
    }
}
