using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Citations;

public class NumberCheckTests
{
    private const string Page = "input/summaries/numbers.md";

    [Fact]
    public async Task The_real_site_builds_without_a_number_warning()
    {
        using var site = TestSite.CopyOfRepository();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("appears in none of the cited paragraphs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_missing_from_the_cited_paragraphs_is_a_warning_at_its_line_naming_number_and_paragraphs()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(Page, "---\ntitle: Numbers\n---\n\nAbout 46 percent come from Russia. [¶15](cite:p15)\n\nThe war began on 27 September 2020. [¶5](cite:p5) [¶8](cite:p8)\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var warning = Assert.Single(report.Diagnostics, d => d.Location?.File == Page);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(7, warning.Location?.Line);
        Assert.Contains("'27'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(¶5, ¶8)", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2020", warning.Message.Split('“')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sentence_that_also_cites_an_outside_source_passes_and_glossary_and_timeline_are_checked_too()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write(Page, "---\ntitle: Numbers\n---\n\nThe ceasefire of 10 November 2020 ended the war. [¶5](cite:p5) [Statement](source:ceasefire-statement-2020-11-10)\n");
        site.Edit("input/glossary/baku.md", "to late 2024. [¶6](cite:p6)", "to 2019. [¶6](cite:p6)");
        site.Edit("input/data/timeline.yml", "leaves the region ahead of schedule. [¶5](cite:p5)", "leaves the region in 1999. [¶5](cite:p5)");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Location?.File == Page);
        Assert.Contains(report.Diagnostics, d => d.Location?.File == "input/glossary/baku.md" && d.Message.Contains("'2019'", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Location?.File == "input/data/timeline.yml" && d.Message.Contains("'1999'", StringComparison.Ordinal));
    }
}
