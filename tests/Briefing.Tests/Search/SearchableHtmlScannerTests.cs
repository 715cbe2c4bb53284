using Briefing.Search;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>
/// The search's one-pass scan of a body reads the text, sections and headings that its walk over the parsed body
/// reads: on the body of every page of the real site, which the scan must read itself, and on tricky markup,
/// where it either reads the same or leaves the body to the parse.
/// </summary>
public sealed class SearchableHtmlScannerTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    /// <summary>Markup the scan reads itself.</summary>
    public static TheoryData<string> ScannedMarkup() =>
    [
        """<p>Plain <em>nested <strong>inline</strong></em> text, <a href="?a=1&amp;b=2">a link</a>.</p><p>Second</p>""",
        """<p>Caf&eacute; &amp; &lt;tags&gt; &#233;&#xE9;&#x1F600; &nbsp;x &AElig;sop &frac12;</p><p>A & B, 3 < 4</p>""",
        """<h2 id="first">First <em>heading</em></h2><p>one</p><h3 id="second">Second</h3><p>two</p><h2>No id</h2><p>three</p>""",
        """<p>intro</p><h2 id="">Empty id</h2><p>still intro</p><h4 id=bare class=x>Bare</h4>""",
        """<!-- a <p>comment</p> --><p>after</p><!--><p>empty comment</p><!---><p>dash</p><!-- x --!><p>bang</p><!DOCTYPE html><?pi x ?>""",
        """<script>var s = "<p>not text</p>";</script><style>p::after { content: "</p>"; }</style><p>after <SCRIPT>x</SCRIPT>style</p>""",
        """<p data-no-search>hidden</p><p>shown</p><div class="a no-search b"><h2 id="hidden-heading">Hidden</h2><p>gone</p></div><p DATA-NO-SEARCH="">also hidden</p>""",
        """<p>Text<span class="term-tip" role="tooltip">tip <b>text</b></span> and<a class="citation" href="#p1">¶1</a> more</p>""",
        """<figure class="locator-map" id="m"><svg viewBox="0 0 1 1"><title>Map</title><g><path d="M0 0"/><circle r="1"/></g><![CDATA[ x ]]></svg><figcaption>Caption</figcaption></figure><p>after map</p>""",
        """<p>icon <svg/> and <svg><use href="#x"></use></svg> end</p>""",
        "<table><thead><tr><th>Head</th></tr></thead><tbody>\n<tr><td>Cell <em>one</em></td><td>two</td></tr>\n</tbody></table>"
            + """<ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul><dl><dt>term</dt><dd>definition</dd></dl>""",
        "<blockquote><p>quoted</p></blockquote><pre><code>code\nblock</code></pre>"
            + """<hr><p>line<br>break<wbr>word <img src="x.png" alt="alt"> image</p>""",
        """<h2 id="a" id="b" class="no-search" class="other">Duplicate attributes: the first counts</h2><p>text</p>""",
        """<div><h2 id="in-div">In a div</h2><p>text</p></div><section><h3 id="in-section">In a section <span><h4 id="inner">inner</h4></span></h3></section>""",
        """<p>Russia’s “quoted” — dash… and Nagorno-Karabakh, 2025-07-07, ½ and ﬁ</p>""",
    ];

    /// <summary>Markup the tree builder rearranges, or the tokenizer reads by rules the scan does not follow.</summary>
    public static TheoryData<string> ParsedMarkup() =>
    [
        """<p data-no-search>hidden<div>a block closes the paragraph, so this is found</div></p>""",
        """<ul><li class="no-search">one<li>two, a sibling</ul>""",
        """<b>bold<i>both</b>italic</i> text""",
        """<table class="no-search">moved out of the table<tr><td>cell</td></tr></table>""",
        """<h2 id="a">one<h3 id="b">two</h3></h2><p>x</p>""",
        """<a href="x" class="no-search">one<a href="y">two</a></a>""",
        """<p>&notit; &copy &amp=1 &; &, &#128; &#0; &#xD800; &#13;</p>""",
        """<textarea><p>text</p></textarea><title>a title</title><template><p>x</p></template><noscript><p>n</p></noscript>""",
        """<svg><p>breaks out of svg</p></svg><math><mi>x</mi></math>""",
        """<script><!-- <script> </script> still script --></script><p>after</p>""",
        """<p>unclosed <em>emphasis""",
        """<p>a</p></div><p>stray end tag</p>""",
        "<p>carriage\r\nreturn</p>",
        """<h2 id="caf&eacute;">Referenced id</h2>""",
        """<dl><dt class="no-search">term<dd>definition</dl>""",
        """<tr><td>a row outside a table</td></tr>""",
    ];

    [Theory]
    [MemberData(nameof(ScannedMarkup))]
    public void Scans_tricky_markup_as_the_parse_reads_it(string body)
    {
        var html = new SearchableHtml();

        var (scanned, at) = html.Scans(body);
        Assert.True(scanned, $"the scan left the body to the parse at {at}: {Around(body, at)}");
        AssertSameAsParse(html, body);
    }

    [Theory]
    [MemberData(nameof(ParsedMarkup))]
    public void Leaves_markup_the_tree_builder_rearranges_to_the_parse(string body)
    {
        var html = new SearchableHtml();

        Assert.False(html.Scans(body).Scanned, "the scan read a body only a parse reads right");
        AssertSameAsParse(html, body);
    }

    [Fact]
    public void Reads_every_page_body_of_the_real_site_as_the_parse_does()
    {
        var html = new SearchableHtml();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 30, $"only {pages.Count} pages were built");
        foreach (var page in pages)
        {
            var body = BodyOf(File.ReadAllText(page));
            var (scanned, at) = html.Scans(body);
            Assert.True(scanned, $"the scan left {Path.GetRelativePath(site.Output, page)} to the parse at {at}: {Around(body, at)}");
            AssertSameAsParse(html, body);
        }
    }

    [Fact]
    public void Skips_what_is_left_out_and_cuts_sections_at_headings_with_an_id()
    {
        var sections = new SearchableHtml().Sections(
            """<p>Intro <span class="term-tip">tip</span>text</p><h2 id="one">One &amp; <em>only</em></h2><p data-no-search>no</p><p>Body</p>""");

        Assert.Equal([new PageSection(null, null, "Intro text"), new PageSection("one", "One & only", "Body")], sections);
    }

    private static void AssertSameAsParse(SearchableHtml html, string body)
    {
        Assert.Equal(html.ParsedSections(body), html.Sections(body));
        Assert.Equal(html.ParsedText(body), html.Text(body));
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 80)..Math.Min(text.Length, at + 80)];

    private static string BodyOf(string page)
    {
        var open = page.IndexOf("<body", StringComparison.Ordinal);
        var start = page.IndexOf('>', open) + 1;
        return page[start..page.LastIndexOf("</body>", StringComparison.Ordinal)];
    }
}
