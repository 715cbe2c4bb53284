using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Seeds;

public class MultipleSeedsTests
{
    private const string SecondSeed =
        "Photo: Example Agency\n\nA Second Article\n\nIts standfirst.\n\nPublished on 1 August 2025\n\nFirst paragraph of the second article.\n\nSecond paragraph.\n";

    [Fact]
    public async Task Each_seed_gets_its_own_article_page_and_the_home_page_lists_both()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("seeds/001_second.txt", SecondSeed);
        site.Write("seeds/001_second.yml", "slug: second-article\n");
        QualifyCitations(site);

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var second = File.ReadAllText(Path.Combine(site.Output, "articles/second-article/index.html"));
        Assert.Contains("id=\"p2\"", second, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-08-01\">1 August 2025</time>", second, StringComparison.Ordinal);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("href=\"./articles/second-article/\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"./articles/azerbaijan-russia-tensions/\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_several_seeds_a_citation_must_name_its_article()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("seeds/001_second.txt", SecondSeed);
        site.Write("seeds/001_second.yml", "slug: second-article\n");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var error = report.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("does not say which article it cites", error.Message, StringComparison.Ordinal);
        Assert.Contains("cite:azerbaijan-russia-tensions#", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_seeds_with_one_slug_are_an_error()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("seeds/001_second.txt", SecondSeed);
        site.Write("seeds/001_second.yml", "slug: azerbaijan-russia-tensions\n");

        var report = await site.BuildAsync();

        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("would both be published", StringComparison.Ordinal));
    }

    /// <summary>Rewrites every <c>cite:pN</c> of the site to name the original article, as several seeds require.</summary>
    private static void QualifyCitations(TestSite site)
    {
        foreach (var file in Directory.EnumerateFiles(site.PathOf("input"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            text = System.Text.RegularExpressions.Regex.Replace(text, @"cite:p(\d+)", "cite:azerbaijan-russia-tensions#p$1");
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(cites|sources): \[([^\]]*)\]", m =>
                $"{m.Groups[1].Value}: [{string.Join(", ", m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries).Select(p => p.StartsWith("source:", StringComparison.Ordinal) ? p : "\"azerbaijan-russia-tensions#" + p + "\""))}]");
            File.WriteAllText(file, text);
        }
    }
}
