using Briefing.Core;

namespace Briefing.Tests.Foundation;

/// <summary>
/// The one reader of a tag's attributes: names and values as ranges of the text, values as written, and where the
/// tag ends, for the spellings the HTML tokenizer allows.
/// </summary>
public sealed class HtmlAttributeReaderTests
{
    [Fact]
    public void Reads_double_quoted_single_quoted_and_unquoted_values()
    {
        var tag = Read("""<a href="one two" title='it"s' id=bare>""");

        Assert.Equal("a", tag.Name);
        Assert.Equal([("href", "one two"), ("title", "it\"s"), ("id", "bare")], tag.Attributes);
        Assert.True(tag.Complete);
        Assert.False(tag.SelfClosing);
    }

    [Fact]
    public void An_attribute_without_a_value_has_an_empty_value()
    {
        const string html = "<input disabled checked id=x>";
        var reader = new HtmlAttributeReader(html, 1);

        Assert.True(reader.MoveNext());
        Assert.Equal("disabled", reader.Name.ToString());
        Assert.Equal(reader.ValueStart, reader.ValueEnd);
        Assert.Equal(0, reader.Value.Length);
        Assert.Equal([("disabled", ""), ("checked", ""), ("id", "x")], Read(html).Attributes);
    }

    [Fact]
    public void Leaves_character_references_as_written()
    {
        var tag = Read("""<a href="?a=1&amp;b=2" id=&eacute;t&#233;>""");

        Assert.Equal([("href", "?a=1&amp;b=2"), ("id", "&eacute;t&#233;")], tag.Attributes);
    }

    [Fact]
    public void Allows_any_white_space_around_names_and_equals_signs()
    {
        var tag = Read("<p \t id \n=\f 'x'\r\nclass=\ty  data-no-search\n>");

        Assert.Equal([("id", "x"), ("class", "y"), ("data-no-search", "")], tag.Attributes);
        Assert.True(tag.Complete);
    }

    [Fact]
    public void Reads_a_self_closing_tag_and_a_slash_between_attributes()
    {
        const string html = """<a/href="x"/id=y/><p>""";
        var tag = Read(html);

        Assert.Equal([("href", "x"), ("id", "y/")], tag.Attributes);
        Assert.False(tag.SelfClosing);

        var closed = Read("""<br id="b" />after""");
        Assert.Equal([("id", "b")], closed.Attributes);
        Assert.True(closed.SelfClosing);
        Assert.Equal("""<br id="b" />""".Length, closed.End);
    }

    [Fact]
    public void A_name_may_start_with_an_equals_sign_and_a_quote_in_an_unquoted_value_is_kept()
    {
        var tag = Read("""<p =x a=b"c title=">">""");

        Assert.Equal([("=x", ""), ("a", "b\"c"), ("title", ">")], tag.Attributes);
    }

    [Fact]
    public void Ends_after_the_closing_bracket()
    {
        const string html = """<SPAN Class="x">text</SPAN>""";
        var tag = Read(html);

        Assert.Equal("SPAN", tag.Name);
        Assert.Equal([("Class", "x")], tag.Attributes);
        Assert.Equal(html.IndexOf("text", StringComparison.Ordinal), tag.End);
    }

    [Theory]
    [InlineData("""<a href="never closed>""", 0)]
    [InlineData("""<a id=x href""", 2)]
    [InlineData("""<a id=x""", 1)]
    [InlineData("""<a""", 0)]
    public void A_tag_cut_off_by_the_end_of_the_text_is_not_complete(string html, int attributes)
    {
        var tag = Read(html);

        Assert.False(tag.Complete);
        Assert.Equal(html.Length, tag.End);
        Assert.Equal(attributes, tag.Attributes.Count);
    }

    [Fact]
    public void Starts_at_the_name_given_and_reads_an_end_tag_alike()
    {
        const string html = """<p>x</p class="ignored">""";
        var tag = Read(html, html.IndexOf("</", StringComparison.Ordinal) + 2);

        Assert.Equal("p", tag.Name);
        Assert.Equal([("class", "ignored")], tag.Attributes);
        Assert.Equal(html.Length, tag.End);
    }

    private static ReadTag Read(string html, int nameStart = 1)
    {
        var reader = new HtmlAttributeReader(html, nameStart);
        var attributes = new List<(string, string)>();
        while (reader.MoveNext())
        {
            attributes.Add((reader.Name.ToString(), reader.Value.ToString()));
        }

        return new ReadTag(reader.TagName.ToString(), attributes, reader.Complete, reader.SelfClosing, reader.End);
    }

    private sealed record ReadTag(string Name, List<(string Name, string Value)> Attributes, bool Complete, bool SelfClosing, int End);
}
