using Briefing.Links;
using Briefing.Tests.Support;

namespace Briefing.Tests.Links;

/// <summary>
/// The link checker's scan of a page finds the ids and links that a full HTML parse of the same page finds: on
/// every page of the real site, and on markup where a naive scan would go wrong.
/// </summary>
public sealed class PageLinkScannerTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    public static TheoryData<string> TrickyMarkup() =>
    [
        """<a href="../x/" id="one">x</a><a name="anchor">y</a><img src="a.png"><base href="/ignored/">""",
        """<!-- <a href="/commented/" id="c"> --><!--><a href="after-empty-comment"><!---><p id="after-dash-comment">""",
        """<!-- a -- b --!><p id="after-bang"><!DOCTYPE html><?php echo '<a href="x">' ?><p id="after-pi">""",
        """<script>var s = '<a href="in-script" id="s">';</script><style>a[href="<x>"] { }</style><p id=after-style>""",
        """<title><a href="in-title" id="t"></title><textarea><a id="ta" href="in-textarea"></textarea><p id="p">""",
        """<SCRIPT>document.write("</scripty><a href='still-script'>")</SCRIPT><A HREF="upper" ID="Upper">u</A>""",
        """<p id="first" id="second" class=x>dup</p><a href='single quoted' href="second">q</a><a href=bare>b</a>""",
        """<a href="?a=1&amp;b=2&copy=3" id="&#x41;&#66;&amp&lt;&notit;&bogus;&#x80;&#0;">e</a><p id="&eacute;t&eacute;">""",
        """<a href = " spaced " title=">" id=gt>x</a><a/href="slash-separated"/id="slashes"><br/><p id="">empty</p>""",
        """<svg><title>Map</title><style>.x{}</style><![CDATA[<a href="cdata" id="cd">]]><a href="svg-link" id="svg-a"/></svg>""",
        """<svg><p id="broke-out"><title><i id="in-html-title"></i></title></svg><math><mi id="m">x</mi></math>""",
        """<template><a href="in-template" id="tpl"></a></template><noscript><a href="in-noscript" id="ns"></a></noscript>""",
        """<meta property="og:url" content="https://example.org/x/"><meta name="twitter:image" content="https://example.org/i.png"><meta property="og:title" content="not a link"><meta property="og:image" name="og:x" content="https://example.org/p.png">""",
        """<p id="end">text < 3 and <3 and < /p> and </ > and </>x</p><a href="cut off""",
        """<p id="x1"><iframe srcdoc="<a href='in-srcdoc'>" src="frame.html"></iframe><xmp><a id="in-xmp"></xmp><plaintext><a id="in-plaintext">""",
    ];

    [Theory]
    [MemberData(nameof(TrickyMarkup))]
    public void Finds_what_a_parse_finds_in_tricky_markup(string body) =>
        AssertSameAsParse("page.html", $"<!DOCTYPE html><html><head></head><body>{body}</body></html>");

    [Fact]
    public void Finds_what_a_parse_finds_on_every_page_of_the_real_site()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 30, $"only {pages.Count} pages were built");
        foreach (var page in pages)
        {
            AssertSameAsParse(Path.GetRelativePath(site.Output, page), File.ReadAllText(page));
        }
    }

    [Fact]
    public void Decodes_references_in_attribute_values_as_the_parser_does()
    {
        var page = PageLinkScanner.Scan("page.html", """<a href="a?x=1&amp;y=2&copy=3&#233;&eacute;&amp z" id="caf&eacute;">""");

        Assert.Equal("a?x=1&y=2&copy=3éé& z", Assert.Single(page.Links).Value);
        Assert.Contains("café", page.Ids);
    }

    [Fact]
    public void Leaves_out_what_is_not_markup()
    {
        var page = PageLinkScanner.Scan("page.html", """<script>"<a href='x' id='s'>"</script><!-- <a href="y"> --><template><a href="z"></template><a href="kept" id="k">""");

        Assert.Equal("kept", Assert.Single(page.Links).Value);
        Assert.Equal(["k"], page.Ids);
    }

    private static void AssertSameAsParse(string file, string html)
    {
        var parsed = PublishedPage.Parse(file, html, withLines: false);
        var scanned = PageLinkScanner.Scan(file, html);

        Assert.Equal(parsed.Ids.Order(StringComparer.Ordinal), scanned.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(LinksOf(parsed), LinksOf(scanned));
    }

    // A parse may repeat an element (a formatting element reopened after a misnested tag): the set is what counts.
    private static List<string> LinksOf(PublishedPage page) =>
        [.. page.Links.Select(l => $"{l.Element.ToLowerInvariant()} {l.Attribute}=[{l.Value}]").Distinct().Order(StringComparer.Ordinal)];
}
