using Briefing.Links;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Tests.Links;

public sealed class LinkLockTests
{
    private static readonly LinkIndex Index = new(
        "Site",
        "https://example.org/",
        [new PageLink("home", "Home", "/", "https://example.org/", null), new PageLink("summary", "Prospects", "/summaries/prospects/", "https://example.org/summaries/prospects/", null)],
        [new ParagraphLink("a", 1, "¶1", "/articles/a/#p1", "https://example.org/articles/a/#p1", "First words")],
        [new TermLink("baku", "Baku", "/glossary/baku/", "https://example.org/glossary/baku/", "The capital.")],
        [new RedirectLink("/summaries/outlook/", "/summaries/prospects/", "https://example.org/summaries/outlook/")]);

    private static IReadOnlyList<LinkLockEntry> Entries(params string[] paths) => [.. paths.Select((p, i) => new LinkLockEntry(p, i + 1))];

    [Fact]
    public void Parse_skips_comments_and_blank_lines_and_keeps_line_numbers()
    {
        var entries = LinkLock.Parse("# header\n\n/\r\n/articles/a/#p1\n");

        Assert.Equal([new LinkLockEntry("/", 3), new LinkLockEntry("/articles/a/#p1", 4)], entries);
    }

    [Fact]
    public void Parse_reports_every_line_that_is_not_a_site_path()
    {
        var ex = Assert.Throws<DiagnosticException>(() => LinkLock.Parse("/\narticles/a/\n<<<<<<< HEAD\n"));

        Assert.Equal([new SourceLocation("links.lock", 2, 1), new SourceLocation("links.lock", 3, 1)], ex.Diagnostics.Select(d => d.Location));
    }

    [Fact]
    public void Format_writes_a_header_then_each_path_once_in_ordinal_order()
    {
        var text = LinkLock.Format(["/b/", "/a/#p10", "/a/#p2", "/b/"]);

        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        Assert.EndsWith("/a/#p10\n/a/#p2\n/b/\n", text, StringComparison.Ordinal);
        Assert.Equal(Entries("/a/#p10", "/a/#p2", "/b/").Select(e => e.Path), LinkLock.Parse(text).Select(e => e.Path));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/a/#p1")]
    [InlineData("/glossary/baku/")]
    [InlineData("/summaries/outlook/")]
    public void Links_that_still_work_pass(string path) => Assert.Empty(LinkLock.Check(Entries(path), Index));

    [Theory]
    [InlineData("/articles/a/#p2", "no page is published at /articles/a/ any more")]
    [InlineData("/#p2", "the page / no longer has the anchor #p2")]
    [InlineData("/glossary/kremlin/", "no page is published at /glossary/kremlin/ any more")]
    [InlineData("/summaries/outlook/#p1", "/summaries/outlook/ redirects to /summaries/prospects/, which has no anchor #p1")]
    public void Links_that_would_break_fail_with_the_reason(string path, string reason)
    {
        var error = Assert.Single(LinkLock.Check(Entries("/", path), Index));

        Assert.Equal(new SourceLocation("links.lock", 2, 1), error.Location);
        Assert.Equal($"published link {path} would break: {reason}", error.Message);
    }

    [Fact]
    public void Updated_lock_keeps_links_that_work_through_redirects_and_drops_the_rest()
    {
        var updated = LinkLock.Updated(Entries("/", "/summaries/outlook/", "/gone/"), Index);

        Assert.Equal(["/", "/articles/a/#p1", "/glossary/baku/", "/summaries/outlook/", "/summaries/prospects/"], updated);
    }

    [Fact]
    public void Unlocked_lists_citable_links_missing_from_the_lock()
    {
        Assert.Equal(["/articles/a/#p1", "/glossary/baku/"], LinkLock.Unlocked(Entries("/", "/summaries/prospects/"), Index));
    }
}
