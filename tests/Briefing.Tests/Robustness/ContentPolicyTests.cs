using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Robustness;

/// <summary>The raw-HTML policy, and the slips that are warnings rather than errors.</summary>
public class ContentPolicyTests
{
    [Fact]
    public async Task Raw_HTML_in_a_page_passes_through_while_seed_text_is_always_escaped()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append("input/summaries/outlook.md", "\n<aside class=\"author-note\">An <em>aside</em> by the author.</aside>\n");
        site.Append("seeds/000_f49b7cf66e1737eb.txt", "\n\nA paragraph with <b>markup</b> in the article.\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Contains("<aside class=\"author-note\">An <em>aside</em> by the author.</aside>", site.ReadOutput("summaries/outlook/index.html"), StringComparison.Ordinal);
        var article = site.ReadOutput("articles/azerbaijan-russia-tensions/index.html");
        Assert.Contains("A paragraph with &lt;b&gt;markup&lt;/b&gt; in the article.", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task See_also_naming_the_term_itself_or_a_term_twice_is_a_warning_at_the_entry()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/glossary/azerbaijan-airlines-plane.md", "see_also: [vladimir-putin, heydar-aliyev, kremlin]", "see_also: [vladimir-putin, azerbaijan-airlines-plane, kremlin, kremlin]");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var warnings = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Message.StartsWith("see_also", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Message == "see_also names 'azerbaijan-airlines-plane', the term itself");
        Assert.Contains(warnings, w => w.Message == "see_also names 'kremlin' twice");
        Assert.All(warnings, w => Assert.Equal("input/glossary/azerbaijan-airlines-plane.md", w.Location?.File));
    }

    [Fact]
    public async Task Seed_files_of_other_extensions_are_skipped_with_a_warning()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("seeds/second.TXT", "A title\n\nA paragraph.\n");
        site.Write("seeds/notes.md", "# Notes\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var skipped = report.Diagnostics.Where(d => d.Message.StartsWith("skipped:", StringComparison.Ordinal)).Select(d => d.Location?.File).ToList();
        Assert.Equal(["seeds/notes.md", "seeds/second.TXT"], skipped);
    }

    [Fact]
    public void A_bad_base_url_from_the_environment_names_the_variable()
    {
        var ex = Assert.Throws<DiagnosticException>(() => SiteSettingsReader.Parse("title: x\n", "briefing.yml", "not a url", "BRIEFING_BASE_URL"));

        Assert.Equal("BRIEFING_BASE_URL", Assert.Single(ex.Diagnostics).Location?.File);
    }
}
