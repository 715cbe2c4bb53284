using Briefing.Core;

namespace Briefing.Tests.Foundation;

/// <summary>
/// The one reading of markup that is not a tag (comments, CDATA, doctypes, bogus comments): where it ends, as the
/// HTML tokenizer ends it, or that it runs to the end of the text.
/// </summary>
public sealed class HtmlDeclarationSkipperTests
{
    [Theory]
    [InlineData("<!-- a note -->after", "after")]
    [InlineData("<!-- a note --!>after", "after")]
    [InlineData("<!---->after", "after")]
    [InlineData("<!-->after", "after")]
    [InlineData("<!--->after", "after")]
    [InlineData("<!-- a - b -- c -->after", "after")]
    [InlineData("<!-- <p>not a tag</p> -->after", "after")]
    [InlineData("<!DOCTYPE html>after", "after")]
    [InlineData("<![CDATA[ x > y ]]>after", " y ]]>after")]
    [InlineData("<!bogus>after", "after")]
    public void A_declaration_ends_where_the_tokenizer_ends_it(string html, string rest)
    {
        var end = HtmlDeclarationSkipper.EndOfDeclaration(html, 0, inForeignContent: false);

        Assert.Equal(rest, html[end..]);
    }

    [Fact]
    public void A_cdata_section_is_markup_only_in_foreign_content()
    {
        const string html = "<svg><![CDATA[ x > y ]]>after";

        Assert.Equal("after", html[HtmlDeclarationSkipper.EndOfDeclaration(html, 5, inForeignContent: true)..]);
        Assert.Equal(" y ]]>after", html[HtmlDeclarationSkipper.EndOfDeclaration(html, 5, inForeignContent: false)..]);
    }

    [Theory]
    [InlineData("<!-- never closed", false)]
    [InlineData("<!-- closed only by a lone dash ->", false)]
    [InlineData("<!--", false)]
    [InlineData("<!DOCTYPE html", false)]
    [InlineData("<![CDATA[ never closed ]]", true)]
    public void A_declaration_that_does_not_end_runs_to_the_end_of_the_text(string html, bool inForeignContent) =>
        Assert.Equal(HtmlDeclarationSkipper.Unended, HtmlDeclarationSkipper.EndOfDeclaration(html, 0, inForeignContent));

    [Fact]
    public void A_declaration_is_read_from_where_it_opens()
    {
        const string html = "<p>one</p><!-- two -->three";

        Assert.Equal("three", html[HtmlDeclarationSkipper.EndOfDeclaration(html, 10, inForeignContent: false)..]);
    }

    [Fact]
    public void Past_next_finds_the_character_from_the_start_given()
    {
        const string html = "<?xml version='1.0'?>rest>";

        Assert.Equal("rest>", html[HtmlDeclarationSkipper.PastNext(html, '>', 2)..]);
        Assert.Equal(html.Length, HtmlDeclarationSkipper.PastNext(html, '>', 21));
        Assert.Equal(HtmlDeclarationSkipper.Unended, HtmlDeclarationSkipper.PastNext(html, '!', 2));
        Assert.Equal(HtmlDeclarationSkipper.Unended, HtmlDeclarationSkipper.PastNext(html, '>', html.Length));
    }
}
