using Briefing.Glossary;
using Briefing.Glossary.Linking;

namespace Briefing.Tests.Glossary;

public class PageBodyLinkerTests
{
    private static readonly LinkableTerm[] Terms =
    [
        new("russia", "/glossary/russia/", "The Russian Federation.", ["Russia"]),
        new("baku", "/glossary/baku/", "The capital of Azerbaijan.", ["Baku"]),
        new("carnegie", "/glossary/carnegie/", "A think tank.", ["Carnegie"]),
    ];

    private static readonly PageBodyLinker Linker = new(new TermLinker(Terms), Terms);

    [Fact]
    public void A_mention_is_placed_under_the_section_heading_before_it()
    {
        var body = Link("<p>Russia first.</p><h2 id=\"why\">Why <em>it</em> matters</h2><ul><li>Russia again</li></ul><h2>No id</h2><p>Baku</p>");

        Assert.Equal(
            [(null, null), ("why", "Why it matters"), (null, null)],
            body.Mentions.Select(m => (m.Anchor, m.Place)));
    }

    [Fact]
    public void An_article_paragraph_is_placed_by_its_number()
    {
        var body = Link(
            "<div class=\"para\" id=\"p3\"><a class=\"para-num\" href=\"#p3\">3</a><p>Baku said no to Russia.</p></div>",
            paragraphNumber: id => id == "p3" ? 3 : null);

        Assert.All(body.Mentions, m => Assert.Equal(("p3", 3, (string?)null), (m.Anchor, m.Paragraph, m.Place)));
        Assert.Equal(["baku", "russia"], body.Mentions.Select(m => m.Slug));
    }

    [Fact]
    public void An_element_holding_a_heading_is_named_after_it()
    {
        var body = Link("<ol><li id=\"e1\"><h2>Talks in Baku</h2><div><p>Russia walked out.</p></div></li></ol>");
        Assert.Equal(("e1", "Talks in Baku"), (body.Mentions.Single().Anchor, body.Mentions.Single().Place));
    }

    [Fact]
    public void The_publishers_note_is_recorded_without_links_and_gets_an_id_to_point_at()
    {
        var body = Link("<p>Russia.</p><aside class=\"disclaimer\" aria-label=\"Publisher’s note\" data-no-glossary><p>Carnegie takes no positions; Russia.</p></aside>");

        Assert.Equal(
            [("russia", null, 1), ("carnegie", "disclaimer", 2), ("russia", "disclaimer", 3)],
            body.Mentions.Select(m => (m.Slug, m.Anchor, m.Mention.Ordinal)));
        Assert.Equal("Publisher’s note", body.Mentions[1].Place);
        Assert.Equal("<mark>Carnegie</mark> takes no positions; Russia.", body.Mentions[1].Mention.ToSnippetHtml());
        Assert.Contains("<aside class=\"disclaimer\" aria-label=\"Publisher’s note\" data-no-glossary=\"\" id=\"disclaimer\"><p>Carnegie takes no positions; Russia.</p></aside>", body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_opted_out_passages_are_neither_linked_nor_recorded()
    {
        var html = "<p data-no-glossary>Russia</p><div class=\"no-glossary\"><p>Baku</p></div>";
        var body = Link(html);
        Assert.Empty(body.Mentions);
        Assert.Equal(html, body.Html);
    }

    [Fact]
    public void A_body_with_nothing_to_link_is_returned_byte_for_byte()
    {
        const string html = "<p>Line one<br />\nline two &amp; <em>more</em>, none of them terms.</p>\n";
        Assert.Equal(html, Link(html).Html);
    }

    [Fact]
    public void On_a_term_page_the_term_itself_is_left_alone()
    {
        var body = Link("<p>Baku and Russia.</p>", ownSlug: "baku");
        Assert.Equal(["russia"], body.Mentions.Select(m => m.Slug));
        Assert.DoesNotContain("data-term=\"baku\"", body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_link_to_a_term_gets_its_tooltip_and_stands_for_the_first_mention()
    {
        var body = Link("<h2><a class=\"xref\" href=\"/glossary/russia/\">Russia</a></h2><p><a class=\"xref\" href=\"/glossary/russia/\">Moscow</a> and Russia; <a class=\"xref\" href=\"/glossary/russia/\">again</a>.</p>");

        Assert.Equal(
            "<h2><a class=\"xref\" href=\"/glossary/russia/\">Russia</a></h2>"
            + "<p><a class=\"xref term\" href=\"/glossary/russia/\" data-term=\"russia\" aria-describedby=\"tip-russia\">Moscow</a>"
            + "<span class=\"term-tip\" role=\"tooltip\" id=\"tip-russia\">The Russian Federation.</span> and Russia; <a class=\"xref\" href=\"/glossary/russia/\">again</a>.</p>",
            body.Html);
        Assert.Equal(["russia"], body.Mentions.Select(m => m.Slug));
    }

    [Theory]
    [InlineData("<p>Russia&#8217;s view.</p>", "russia")]
    [InlineData("<p>Talks in &#66;aku.</p>", "baku")]
    [InlineData("<p>Talks in &#x42;aku.</p>", "baku")]
    [InlineData("<p>R&amp;D in Baku.</p>", "baku")]
    [InlineData("<p>Talks in&nbsp;Carnegie&apos;s office.</p>", "carnegie")]
    [InlineData("<p>Talks in\r\nBaku.</p>", "baku")]
    public void A_name_behind_a_character_reference_or_odd_text_is_still_found(string html, string slug)
    {
        var body = Link(html);
        Assert.Equal([slug], body.Mentions.Select(m => m.Slug));
        Assert.Contains($"data-term=\"{slug}\"", body.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Moscow &amp; Kyiv.</p>")]
    [InlineData("<p>Bakunin and Russian <code>Baku</code>.</p>")]
    [InlineData("<aside class=\"disclaimer\" data-no-glossary><p>No names here.</p></aside>")]
    public void A_body_that_names_no_term_is_returned_as_it_came_with_no_mentions(string html)
    {
        var body = Link(html);
        Assert.Same(html, body.Html);
        Assert.Empty(body.Mentions);
    }

    private static LinkedBody Link(string html, string? ownSlug = null, Func<string, int?>? paragraphNumber = null) =>
        Linker.Link(html, ownSlug, paragraphNumber ?? (_ => null));
}
