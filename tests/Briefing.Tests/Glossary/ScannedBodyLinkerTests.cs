using System.Text;
using Briefing.Content;
using Briefing.Glossary;
using Briefing.Glossary.Linking;
using Briefing.Tests.Support;
using CsCheck;

namespace Briefing.Tests.Glossary;

/// <summary>
/// The glossary step links most bodies from a scan of their HTML and parses the rest with AngleSharp. The two must
/// never disagree: wherever the scan answers, its HTML is byte for byte the parser's and its mentions are the same,
/// in the same order, placed the same way.
/// </summary>
public class ScannedBodyLinkerTests
{
    private static readonly LinkableTerm[] Terms =
    [
        new("baku", "/glossary/baku/", "The capital of Azerbaijan & its \"seat\" of power.", ["Baku"]),
        new("russia", "/glossary/russia/", "The Russian Federation.", ["Russia", "Moscow"]),
        new("south-caucasus", "/glossary/south-caucasus/", "The region <south> of the Caucasus.", ["South Caucasus"]),
        new("west", "/glossary/west/", "Europe and North America.", ["West", "the West"], CaseSensitive: true),
        new("ilham-aliyev", "/glossary/ilham-aliyev/", "President of Azerbaijan.", ["Ilham Aliyev", "Aliyev"]),
    ];

    private static readonly PageBodyLinker Linker = new(new TermLinker(Terms), Terms);

    private static readonly string[] Words =
    [
        "Baku", "Russia", "Moscow", "South Caucasus", "South\nCaucasus", "West", "west", "the West", "Aliyev", "Aliyev’s", "Bakuvian",
        "said", "talks", "and", "the", "of", " ", "\n", "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "\u00A0", "&#233;", "&#x2019;",
        "a < b", "\"quoted\"", "'", "—", "Bakı", "Baku&amp;Russia", "&#10;",
    ];

    // References the scan leaves to the parser.
    private static readonly string[] UnreadWords = ["&mdash;", "&copy", "AT&T", "&#0;", "&#150;", "&#13;", "Baku\r\nRussia", "Ba\0ku"];

    private static readonly Gen<string> Word = Gen.Frequency((30, Gen.OneOf(Words)), (1, Gen.OneOf(UnreadWords)));

    private static readonly Gen<string> Text = Word.Array[0, 6].Select(words => string.Join(' ', words));

    // Written double-quoted or single-quoted: every character the serialiser escapes in a value, as text and as references.
    private static readonly Gen<string> AttributeValue = Gen.OneOf("a<b", "a > b", "&lt;x&gt;", "\u00A0", "&nbsp;", "&amp;", "&quot;Baku&quot;", "Baku", "it’s", "&#10;", "")
        .Array[1, 3].Select(string.Concat);

    private static readonly Gen<string> Id = Gen.OneOf("", " id=\"p3\"", " id=\"s1\"", " id=\"s2\"", " id=\"\"", " id=\"tip-baku\"", " id='s1'");

    private static readonly Gen<string> Phrase = Gen.Recursive<string>((depth, self) => depth >= 3
        ? Text
        : Gen.Frequency(
            (6, Text),
            (2, Gen.Select(Gen.OneOf("em", "strong", "span", "code", "sup", "b", "mark"), self, (tag, inner) => $"<{tag}>{inner}</{tag}>")),
            (1, self.Select(inner => $"<a href=\"https://example.org/?a=1&amp;b=2\">{inner}</a>")),
            (1, Gen.Select(AttributeValue, self, (value, inner) => $"<span title=\"{value}\">{inner}</span>")),
            (1, Gen.Select(AttributeValue, self, (value, inner) => $"<abbr title='{value}'>{inner}</abbr>")),
            (1, Gen.OneOf(
                "<a class=\"term\" href=\"/glossary/russia/\" data-term=\"russia\">Moscow</a>", "<img src=\"x.png\" />", "<span class=\"term-tip\">Baku</span>",
                "<a class=\"term\" href=\"/glossary/baku/\" data-term=\"baku\" aria-describedby=\"tip-baku\">Baku</a>",
                "<span class=\"citation\">Baku</span>", "<span class=\"no-glossary other\">Russia</span>", "<br>", "<br />",
                "<img src=\"x.png\" alt=\"Baku &amp; Russia\">", "<span data-no-glossary>Baku</span>", "<!-- Baku -->", "<a href=x>Russia</a>")),
            (1, Gen.Select(self, self, (a, b) => a + b))));

    private static readonly Gen<string> Block = Gen.Recursive<string>((depth, self) => depth >= 3
        ? Phrase.Select(p => $"<p>{p}</p>")
        : Gen.Frequency(
            (5, Gen.Select(Id, Phrase, (id, p) => $"<p{id}>{p}</p>")),
            (2, Gen.Select(Gen.OneOf("h2", "h3"), Id, Phrase, (tag, id, p) => $"<{tag}{id}>{p}</{tag}>")),
            (2, Gen.Select(Gen.OneOf("ul", "ol"), Phrase.Array[1, 3], self, (tag, items, nested) =>
                $"<{tag}>\n{string.Concat(items.Select(i => $"<li>{i}</li>\n"))}<li>{nested}</li>\n</{tag}>")),
            (2, Gen.Select(Gen.OneOf("div", "section", "blockquote", "aside aria-label=\"Note on Baku\"", "figure"), Id, self.Array[1, 3], (tag, id, inner) =>
                $"<{tag}{id}>{string.Concat(inner)}</{tag.Split(' ')[0]}>")),
            (1, Phrase.Select(p => $"<table>\n<thead>\n<tr>\n<th>{p}</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>{p}</td>\n</tr>\n</tbody>\n</table>")),
            (2, Gen.OneOf(
                "<dl>\n<dt>Baku</dt>\n<dd>Russia <em>and</em> Baku</dd>\n</dl>", "<figure><img src=\"a.png\" alt=\"\"><figcaption>Baku</figcaption></figure>",
                "<pre><code>x</code></pre>", "<div class=\"para\" id=\"p3\"><a class=\"para-num\" href=\"#p3\">3</a><p>Baku said no to Russia.</p></div>",
                "<section id=\"s2\"><h3>Talks <em>in</em> Baku</h3><p>Aliyev.</p></section>",
                "<details open><summary>Baku</summary><p>Russia</p></details>",
                "<p  class = \"x\"\n\ttitle=Baku / data-x_1>Moscow <span\nclass='no-glossary'>Baku</span ></p >",
                "<table>\n<caption>Baku</caption>\n<tbody>\n<tr>\n<td><p>Russia</p><table>\n<tbody><tr><td>Baku</td></tr></tbody></table></td>\n</tr>\n</tbody>\n</table>")),
            (1, Gen.OneOf(
                "<pre><code>Baku\n</code></pre>", "<pre>\nBaku</pre>", "<hr />", "<p>Baku<div>Russia</div></p>", "<p>Baku<p>Russia</p>",
                "<ul><li>Baku<li>Russia</ul>", "<table><tr><td>Baku</td></tr></table>", "<table>Baku</table>", "<P>Baku</P>",
                "<dl><dt>Baku</dt><dd>Russia</dd></dl>", "<p><a href=\"#\">Baku <a href=\"#\">Russia</a></a></p>", "<div class=\"dek\">Baku</div>",
                "<p title=Baku class=\"x\" class=\"y\">Russia</p>", "<p>Baku</p></div>", "<script>Baku</script>")),
            (1, Text)));

    private static readonly Gen<string> Body = Block.Array[1, 5].Select(string.Concat);

    [Fact]
    public void The_scan_and_the_parse_agree_on_every_generated_body()
    {
        var scanned = 0;
        var total = 0;
        Gen.Select(Body, Gen.OneOf<string?>(null, "baku", "west")).Sample((body, ownSlug) =>
        {
            total++;
            if (AssertAgree(body, ownSlug))
            {
                scanned++;
            }
        }, iter: 10_000);

        // The scan must answer for many of these bodies, or the comparison above proves little.
        Assert.True(scanned * 3 > total, $"only {scanned} of {total} bodies were scanned");
    }

    [Fact]
    public void The_scan_and_the_parse_agree_on_the_real_sites_pages()
    {
        var markdown = new MarkdownParser();
        var bodies = Directory.GetFiles(RepositoryFiles.PathOf("input"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => markdown.Render(markdown.Parse(File.ReadAllText(file))))
            .ToList();

        var scanned = bodies.Count(body => AssertAgree(body, ownSlug: null));

        Assert.True(scanned * 2 > bodies.Count, $"only {scanned} of {bodies.Count} pages were scanned");
    }

    [Theory]
    [InlineData("<p>Baku<div>Russia</div></p>")]
    [InlineData("<p>Baku <!-- note --> Russia</p>")]
    [InlineData("<p>Baku &mdash; Russia</p>")]
    [InlineData("<ul><li>Baku<li>Russia</ul>")]
    [InlineData("<table><tr><td>Baku</td></tr></table>")]
    [InlineData("<p id=\"tip-baku\">Baku</p>")]
    public void Markup_the_parser_would_repair_is_left_to_the_parser(string body) =>
        Assert.Null(Linker.LinkScanned(body, ownSlug: null, _ => null));

    [Fact]
    public void A_plain_body_is_scanned_and_linked_as_the_parser_links_it()
    {
        const string body = "<h2 id=\"why\">Why Baku</h2>\n<p>Baku &amp; Moscow said &quot;no&quot;.</p>\n<ul>\n<li>Baku again<br />\n</li>\n</ul>\n";

        var scanned = Linker.LinkScanned(body, ownSlug: null, _ => null);

        Assert.NotNull(scanned);
        Assert.Equal(
            "<h2 id=\"why\">Why Baku</h2>\n<p><a class=\"term\" href=\"/glossary/baku/\" data-term=\"baku\" aria-describedby=\"tip-baku\">Baku</a>"
            + "<span class=\"term-tip\" role=\"tooltip\" id=\"tip-baku\">The capital of Azerbaijan &amp; its \"seat\" of power.</span> &amp; "
            + "<a class=\"term\" href=\"/glossary/russia/\" data-term=\"russia\" aria-describedby=\"tip-russia\">Moscow</a>"
            + "<span class=\"term-tip\" role=\"tooltip\" id=\"tip-russia\">The Russian Federation.</span> said \"no\".</p>\n<ul>\n<li>Baku again<br>\n</li>\n</ul>\n",
            scanned.Html);
        Assert.Equal([("why", "Why Baku"), ("why", "Why Baku"), ("why", "Why Baku")], scanned.Mentions.Select(m => (m.Anchor, m.Place)));
        AssertAgree(body, ownSlug: null);
    }

    // Returns whether the scan answered.
    private static bool AssertAgree(string body, string? ownSlug)
    {
        static int? Paragraph(string id) => id == "p3" ? 3 : null;
        var scanned = Linker.LinkScanned(body, ownSlug, Paragraph);
        if (scanned is null)
        {
            return false;
        }

        var parsed = Linker.LinkParsed(body, ownSlug, Paragraph);
        var expectedHtml = parsed.Mentions.Count == 0 && parsed.Html == body ? body : parsed.Html;
        if (scanned.Html != expectedHtml || !scanned.Mentions.SequenceEqual(parsed.Mentions))
        {
            var message = new StringBuilder()
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"The scan and the parse disagree on: {body}")
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"scan:  {scanned.Html}")
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"parse: {expectedHtml}")
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"scan mentions:  {string.Join(" | ", scanned.Mentions)}")
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"parse mentions: {string.Join(" | ", parsed.Mentions)}");
            Assert.Fail(message.ToString());
        }

        return true;
    }
}
