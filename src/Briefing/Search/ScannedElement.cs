using System.Text;

namespace Briefing.Search;

/// <summary>
/// One start or end tag as <see cref="SearchableHtmlScanner"/> reads it, following the HTML tokenizer's tag states:
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
        Complete = SelfClosing = OptedOut = HasReference = false;
        _html = text;
        (_idStart, _idEnd, _classStart, _classEnd) = (-1, -1, -1, -1);
        var i = start;
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>')
        {
            i++;
        }

        var name = text.AsSpan(start, i - start);
        Name = KnownLookup.TryGetValue(name, out var known) ? known : AsciiLower(name);
        var seen = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == '/')
            {
                if (i + 1 < text.Length && text[i + 1] == '>')
                {
                    SelfClosing = Complete = true;
                    return i + 2;
                }

                i++;
            }
            else if (c == '>')
            {
                Complete = true;
                return i + 1;
            }
            else
            {
                i = ReadAttribute(text, i, ref seen);
            }
        }

        return text.Length;
    }

    // The first character of a name may be '='; a value is quoted, unquoted, or missing (the empty string).
    private int ReadAttribute(string text, int start, ref int seen)
    {
        var i = start + 1;
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>' && text[i] != '=')
        {
            i++;
        }

        var name = text.AsSpan(start, i - start);
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        int valueStart = i, valueEnd = i;
        if (i < text.Length && text[i] == '=')
        {
            i++;
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] is '"' or '\'')
            {
                var close = text.IndexOf(text[i], i + 1);
                if (close < 0)
                {
                    return text.Length;
                }

                (valueStart, valueEnd, i) = (i + 1, close, close + 1);
            }
            else
            {
                valueStart = i;
                while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }
        }

        // The first of two attributes with one name is the one an element has.
        if (Ascii.EqualsIgnoreCase(name, "id") && (seen & 1) == 0)
        {
            seen |= 1;
            (_idStart, _idEnd) = (valueStart, valueEnd);
            HasReference |= HoldsReference(text, valueStart, valueEnd);
        }
        else if (Ascii.EqualsIgnoreCase(name, "class") && (seen & 2) == 0)
        {
            seen |= 2;
            (_classStart, _classEnd) = (valueStart, valueEnd);
            HasReference |= HoldsReference(text, valueStart, valueEnd);
        }
        else if (Ascii.EqualsIgnoreCase(name, SearchableHtml.OptOutAttribute))
        {
            OptedOut = true;
        }

        return i;
    }

    private static bool HoldsReference(string text, int start, int end) => text.AsSpan(start, end - start).Contains('&');

    // The tokenizer lower-cases ASCII letters only.
    private static string AsciiLower(ReadOnlySpan<char> name) => string.Create(name.Length, name.ToString(), static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
