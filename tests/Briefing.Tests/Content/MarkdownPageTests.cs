using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

public class MarkdownPageTests
{
    [Fact]
    public async Task An_unknown_front_matter_key_is_reported_at_its_line_and_column_with_the_allowed_keys()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/notes.md", "---\ntitle: Notes\ndescripton: typo\n---\nText.\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal(new SourceLocation("input/notes.md", 3, 1), error.Location);
        Assert.StartsWith("unknown key 'descripton'; expected one of: title, description", error.Message, StringComparison.Ordinal);

    }

    [Fact]
    public async Task Invalid_yaml_is_reported_inside_the_file()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/notes.md", "---\ntitle: [unclosed\n---\nText.\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal("input/notes.md", error.Location?.File);
        Assert.True(error.Location!.Line >= 2, error.ToString());
        Assert.StartsWith("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_a_title_is_an_error_with_an_example()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/notes.md", "Just text.\n");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal("the page has no title", error.Message);
        Assert.Contains("title: My page", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citation_becomes_a_chip_with_the_paragraph_opening_words()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/notes.md", "---\ntitle: Notes\n---\nRemittances matter. [¶15](cite:p15)\n");

        Assert.True((await site.BuildAsync()).Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, "notes/index.html"));
        Assert.Contains(
            "<a href=\"../articles/azerbaijan-russia-tensions/#p15\" class=\"citation\" aria-label=\"Paragraph 15: Russia remains one of the biggest suppliers of components, fuel…\" title=\"Russia remains one of the biggest suppliers of components, fuel…\">¶15</a>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_citation_and_an_unknown_xref_are_both_reported_with_positions()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/notes.md", "---\ntitle: Notes\n---\n\nFirst [¶x](cite:para9).\n\nSee [the term](xref:no-such-term).\n");

        var report = await site.BuildAsync();

        var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(new SourceLocation("input/notes.md", 5, 7), errors[0].Location);
        Assert.Contains("not of the form pN", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("input/notes.md", 7, 5), errors[1].Location);
        Assert.Contains("names no glossary term", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xref_links_to_the_term_page_and_site_absolute_links_get_the_base_path()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/notes.md", "---\ntitle: Notes\n---\nSee [Karabakh](xref:nagorno-karabakh) and [the timeline](/timeline/).\n");

        Assert.True((await site.BuildAsync(baseUrl: "https://example.github.io/briefing/")).Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, "notes/index.html"));
        Assert.Contains("href=\"../glossary/nagorno-karabakh/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../timeline/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_permalink_sets_the_page_address()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/notes.md", "---\ntitle: Notes\npermalink: /about/notes/\n---\nText.\n");

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.True(File.Exists(Path.Combine(site.Output, "about/notes/index.html")));
    }
}
