using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Figures;

public class KeyFigureBuildTests
{
    private const string File = "input/data/figures.yml";

    [Fact]
    public async Task The_home_page_shows_the_key_figures_with_a_share_bar_and_chips()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();

        var html = site.ReadOutput("index.html");
        var panel = html[html.IndexOf("<section class=\"key-figures\"", StringComparison.Ordinal)..];
        panel = panel[..panel.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("<p class=\"figure-value\">46%</p>", panel, StringComparison.Ordinal);
        Assert.Contains("<p class=\"figure-value\">300,000</p>", panel, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"A bar: 46% of the whole\"", panel, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(panel, "<svg class=\"share-bar\""));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(panel, "<a class=\"citation\" href=\"[^\"]*#p15\""));
    }

    [Fact]
    public async Task A_value_the_cited_paragraph_does_not_give_fails_at_the_value_with_the_paragraph()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(File, "figures:\n  - value: 47\n    kind: percent\n    label: About 47% of remittances\n    cites: [p15]\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal(new SourceLocation(File, 2, 12), error.Location);
        Assert.Contains("47%", error.Message, StringComparison.Ordinal);
        Assert.Contains("¶15: “Russia remains one of the biggest suppliers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_cited_to_the_wrong_paragraph_fails()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(File, "figures:\n  - value: \"300,000\"\n    kind: count\n    label: More than 300,000 Azerbaijanis\n    cites: [p14]\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal(2, error.Location?.Line);
        Assert.Contains("300,000 appears in none of the paragraphs it cites", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_that_drops_the_articles_qualifier_fails_at_the_label_naming_the_qualifier()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(File, "figures:\n  - value: 300000\n    kind: count\n    label: 300,000 Azerbaijanis live and work in Russia\n    cites: [p15]\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal(new SourceLocation(File, 4, 12), error.Location);
        Assert.Contains("“more than 300,000”", error.Message, StringComparison.Ordinal);
        Assert.Contains("keep 'more than'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_stating_another_number_than_the_value_fails()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(File, "figures:\n  - value: 46\n    kind: percent\n    label: About 64% of remittances\n    cites: [p15]\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal(4, error.Location?.Line);
        Assert.Contains("states 64%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_in_the_file_are_reported_at_their_lines()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(File, "figures:\n  - value: lots\n    kind: share\n    label: About 46%\n    cites: [p15]\n    colour: red\n");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(errors, e => e.Location == new SourceLocation(File, 2, 12) && e.Message.Contains("'lots' is not a number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == new SourceLocation(File, 3, 11) && e.Message.Contains("unknown kind 'share'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == new SourceLocation(File, 6, 5) && e.Message.Contains("unknown key 'colour'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_yaml_is_reported_at_its_line()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(File, "figures:\n  - value: 46\n    kind: [percent\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal(File, error.Location?.File);
        Assert.StartsWith("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_figures_the_home_page_has_no_panel()
    {
        using var site = TestSite.CopyOfRepository();
        System.IO.File.Delete(site.PathOf(File));

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.DoesNotContain("key-figures", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
