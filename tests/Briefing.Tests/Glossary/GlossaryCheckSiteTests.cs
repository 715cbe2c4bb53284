using Briefing.Links;
using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Glossary;

/// <summary>The glossary's checks as an author meets them: building a copy of the real site with one mistake.</summary>
public class GlossaryCheckSiteTests
{
    [Fact]
    public async Task A_name_claimed_by_two_term_files_fails_the_build_naming_both()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/glossary/blockade-of-nagorno-karabakh.md", "aliases: [blockade]", "aliases: [blockade, karabakh]");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(new SourceLocation("input/glossary/nagorno-karabakh.md", 3, 11), error.Location);
        Assert.Contains("'Karabakh'", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/glossary/blockade-of-nagorno-karabakh.md", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("input/glossary/nagorno-karabakh.md:3:11: error:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_see_also_to_an_unknown_term_fails_the_build_at_its_line_and_column_with_a_suggestion()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/glossary/baku.md", "see_also: [ilham-aliyev, kremlin]", "see_also: [ilham-aliev, kremlin]");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(new SourceLocation("input/glossary/baku.md", 4, 12), error.Location);
        Assert.Contains("'ilham-aliev'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'ilham-aliyev'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_no_page_mentions_is_a_warning_and_still_gets_its_page()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/glossary/tbilisi.md", "---\nterm: Tbilisi\nshort: The capital of Georgia.\n---\n\nThe capital of Georgia, in the South Caucasus.\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        // Besides links.lock's reminder that the new term page is not locked yet.
        var warning = Assert.Single(report.Diagnostics, d => d.Location?.File != LinkLock.FileName);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("input/glossary/tbilisi.md", 2, 7), warning.Location);
        Assert.Contains("'Tbilisi' is not mentioned", warning.Message, StringComparison.Ordinal);
        var page = site.Read("output/glossary/tbilisi/index.html");
        Assert.Contains("No page of the briefing mentions Tbilisi yet.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../glossary/south-caucasus/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_xref_still_fails_the_build_with_file_and_line()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/summaries/outlook.md", "## Likely to die down", "## Likely to die down\n\nSee [the region](xref:nagorno-karabach).");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(("input/summaries/outlook.md", 9), (error.Location?.File, error.Location?.Line));
        Assert.Contains("xref:nagorno-karabach", error.Message, StringComparison.Ordinal);
    }
}
