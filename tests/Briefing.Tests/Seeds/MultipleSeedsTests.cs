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
    public async Task A_second_seed_leaves_bare_citations_pointing_to_the_main_article()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("seeds/001_second.txt", SecondSeed);
        site.Write("seeds/001_second.yml", "slug: second-article\n");
        site.Append("input/summaries/outlook.md", "\nThe second article begins plainly. [¶1](cite:second-article#p1)\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var outlook = site.ReadOutput("summaries/outlook/index.html");
        Assert.Contains("href=\"../../articles/azerbaijan-russia-tensions/#p17\"", outlook, StringComparison.Ordinal);
        Assert.Contains("href=\"../../articles/second-article/#p1\"", outlook, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_may_name_another_article_for_its_bare_citations()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("seeds/001_second.txt", SecondSeed);
        site.Write("seeds/001_second.yml", "slug: second-article\n");
        site.Write("input/second.md", "---\ntitle: On the second article\narticle: second-article\n---\n\nIt has two paragraphs. [¶2](cite:p2) The first article ends at [¶17](cite:azerbaijan-russia-tensions#p17).\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var page = site.ReadOutput("second/index.html");
        Assert.Contains("href=\"../articles/second-article/#p2\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../articles/azerbaijan-russia-tensions/#p17\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_seeds_and_no_main_article_is_one_error_at_the_settings_not_one_per_citation()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("seeds/001_second.txt", SecondSeed);
        site.Write("seeds/001_second.yml", "slug: second-article\n");
        site.Edit("briefing.yml", "article: azerbaijan-russia-tensions", "");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal("briefing.yml", error.Location?.File);
        Assert.Contains("names no main article", error.Message, StringComparison.Ordinal);
        Assert.Contains("article: azerbaijan-russia-tensions", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_main_article_that_does_not_exist_is_one_error_at_its_line()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("briefing.yml", "article: azerbaijan-russia-tensions", "article: no-such-article");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal(("briefing.yml", 8), (error.Location?.File, error.Location?.Line));
        Assert.Contains("names no article of the site", error.Message, StringComparison.Ordinal);
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
                $"{m.Groups[1].Value}: [{string.Join(", ", m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries).Select(p => "\"azerbaijan-russia-tensions#" + p + "\""))}]");
            File.WriteAllText(file, text);
        }
    }
}
