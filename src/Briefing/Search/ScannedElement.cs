using System.Text;
using Briefing.Core;

namespace Briefing.Search;

/// <summary>
/// One start or end tag as <see cref="SearchableHtmlScanner"/> reads it with <see cref="HtmlAttributeReader"/>:
/// its name in lower case and the three attributes the search honours (<c>id</c>, <c>class</c> and the
/// <c>data-no-search</c> opt-out), the first of two equal names kept. Reused from tag to tag.
/// </summary>
internal sealed class ScannedElement
{
    // The tag names of a page body, so that reading a known tag costs no string.
    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "data", "dd",
        "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "mark", "nav", "ol", "p", "path", "pre", "q", "s", "samp",
        "script", "section", "small", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr", "g", "circle", "text", "title", "button", "label",
        "input", "main", "article", "aside", "math",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tag's name in lower case.</summary>
    public string Name { get; private set; } = "";

    /// <summary>False when the file ended inside the tag.</summary>
    public bool Complete { get; private set; }

    public bool SelfClosing { get; private set; }

    private string _html = "";
    private int _idStart;
    private int _idEnd;
    private int _classStart;
    private int _classEnd;

    /// <summary>The <c>id</c>, made a string only when asked for (a heading that starts a section).</summary>
    public string? Id => _idStart < 0 ? null : _html[_idStart.._idEnd];

    public bool HasId => _idEnd > _idStart;

    /// <summary>The <c>class</c> list as written (empty without one).</summary>
    public ReadOnlySpan<char> Class => _classStart < 0 ? [] : _html.AsSpan(_classStart, _classEnd - _classStart);

    /// <summary>The element carries <see cref="SearchableHtml.OptOutAttribute"/>.</summary>
    public bool OptedOut { get; private set; }

    /// <summary>An <c>id</c> or <c>class</c> value holds a character reference, which the scan does not decode.</summary>
    public bool HasReference { get; private set; }

    /// <summary>Reads the tag whose name starts at <paramref name="start"/>; returns the index after it.</summary>
    public int Read(string text, int start)
    {
        HasReference = OptedOut = false;
        _html = text;
        (_idStart, _idEnd, _classStart, _classEnd) = (-1, -1, -1, -1);
        var tag = new HtmlAttributeReader(text, start);
        var name = tag.TagName;
        Name = KnownLookup.TryGetValue(name, out var known) ? known : AsciiLower(name);
        var seen = 0;
        while (tag.MoveNext())
        {
            Keep(ref tag, ref seen);
        }

        (Complete, SelfClosing) = (tag.Complete, tag.SelfClosing);
        return tag.End;
    }

    private void Keep(ref HtmlAttributeReader attribute, ref int seen)
    {
        // The first of two attributes with one name is the one an element has.
        var name = attribute.Name;
        if (Ascii.EqualsIgnoreCase(name, "id") && (seen & 1) == 0)
        {
            seen |= 1;
            (_idStart, _idEnd) = (attribute.ValueStart, attribute.ValueEnd);
            HasReference |= attribute.Value.Contains('&');
        }
        else if (Ascii.EqualsIgnoreCase(name, "class") && (seen & 2) == 0)
        {
            seen |= 2;
            (_classStart, _classEnd) = (attribute.ValueStart, attribute.ValueEnd);
            HasReference |= attribute.Value.Contains('&');
        }
        else if (Ascii.EqualsIgnoreCase(name, SearchableHtml.OptOutAttribute))
        {
            OptedOut = true;
        }
    }

    // The tokenizer lower-cases ASCII letters only.
    private static string AsciiLower(ReadOnlySpan<char> name) => string.Create(name.Length, name.ToString(), static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });
}
