using Briefing.Cli;
using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scaffolding;

/// <summary><c>briefing new</c> drafts the article's shares and counts as key figures that pass the build's check.</summary>
public sealed class FigureDraftTests
{
    private const string Seed = "seeds/000_f49b7cf66e1737eb.txt";

    [Fact]
    public async Task A_new_site_drafts_its_figures_hidden_until_published_and_passing_the_check_with_drafts()
    {
        using var folder = new TemporaryDirectory();
        await NewCommandTests.RunAsync(folder.Path, ["new", RepositoryFiles.PathOf(Seed), "site"]);
        var site = folder.Combine("site");

        var figures = folder.Read("site/input/data/figures.yml");
        Assert.Contains("  - value: 46\n    kind: percent\n    label: \"About 46 percent\"\n    cites: [p15]\n    draft: true\n", figures, StringComparison.Ordinal);
        Assert.Contains("  - value: 300000\n    kind: count\n    label: \"more than 300,000\"\n    cites: [p15]\n    draft: true\n", figures, StringComparison.Ordinal);

        var (code, output, error) = await NewCommandTests.RunAsync(site, ["build"]);
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.DoesNotContain("key-figures", folder.Read("site/output/index.html"), StringComparison.Ordinal);

        (code, output, error) = await NewCommandTests.RunAsync(site, ["build", "--drafts"]);
        Assert.True(code == ExitCodes.Success, output + error);
        var home = folder.Read("site/output/index.html");
        Assert.Contains("<p class=\"figure-value\">46%</p>", home, StringComparison.Ordinal);
        Assert.Contains("<p class=\"figure-value\">300,000</p>", home, StringComparison.Ordinal);
    }
}
