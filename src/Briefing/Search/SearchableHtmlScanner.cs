using AngleSharp.Html;
using Briefing.Core;

namespace Briefing.Search;

/// <summary>
/// Reads a body's searchable text in one pass over its HTML, without building a DOM: the search index reads every
/// page of a build, and a parse per page was most of the index step. It yields what <see cref="SearchableHtml"/>'s
/// walk over the parsed body yields, for the markup a build writes: elements closed by their own end tags, text
/// references that end in <c>;</c>. Wherever the HTML tree builder would move, close or reopen elements (an end tag
/// that is not the open element's, a block inside <c>p</c>, a second <c>li</c>, text directly in a table) or the
/// tokenizer would read text in a special way (<c>textarea</c>, <c>template</c>, a script with <c>&lt;!--</c>), it
/// gives up and the caller parses the body instead; so the two readings agree on every input.
/// </summary>
internal sealed class SearchableHtmlScanner
{
    private static readonly HashSet<string> GivesUp = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "frameset", "frame", "template", "select", "option", "optgroup", "textarea", "title",
        "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript", "image", "isindex", "nobr", "form", "rb", "rp",
        "rt", "rtc", "keygen", "menuitem", "math",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound",
    };

    // What may open inside a p without closing it (the tree builder closes a p for any block); anything else gives up.
    private static readonly HashSet<string> InParagraph = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "img", "svg", "script", "style",
        "del", "ins", "label", "input", "button",
    };

    // The parent each table part must be opened in; anywhere else the tree builder inserts, closes or ignores.
    private static readonly Dictionary<string, string[]> TableParents = new(StringComparer.Ordinal)
    {
        ["caption"] = ["table"], ["colgroup"] = ["table"], ["col"] = ["colgroup"], ["tbody"] = ["table"],
        ["thead"] = ["table"], ["tfoot"] = ["table"], ["tr"] = ["tbody", "thead", "tfoot"], ["td"] = ["tr"], ["th"] = ["tr"],
    };

    // Inside these, text and any element but a table part is moved out of the table (foster parenting).
    private static readonly HashSet<string> TableContexts = new(StringComparer.Ordinal) { "table", "tbody", "thead", "tfoot", "tr", "colgroup" };

    private static readonly HashSet<string> BreakOut = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
        "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    private static readonly HashSet<string> IntegrationPoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreignObject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    };

    private readonly List<string> _open = [];
    private readonly ScannedElement _tag = new();
    private int _excludedAt;
    private int _headingAt;
    private int _foreignAt;

    /// <summary>Where the last body the scan left to a parse made it give up (for a test's message).</summary>
    public int GaveUpAt { get; private set; }

    /// <summary>
    /// Reads <paramref name="html"/> into <paramref name="text"/>, handing headings with an id to it as sections
    /// when <paramref name="sections"/> is set; false where only a parse reads the markup right.
    /// </summary>
    public bool TryRead(string html, SectionCollector text, bool sections)
    {
        GaveUpAt = html.AsSpan().IndexOfAny('\r', '\0');
        if (GaveUpAt >= 0)
        {
            return false;
        }

        _open.Clear();
        (_excludedAt, _headingAt, _foreignAt) = (-1, -1, -1);
        var position = 0;
        while (position < html.Length)
        {
            var next = html.AsSpan(position).IndexOfAny('<', '&');
            var end = next < 0 ? html.Length : position + next;
            GaveUpAt = position;
            if (end > position && !Text(html.AsSpan(position, end - position), text))
            {
                return false;
            }

            if (next < 0)
            {
                break;
            }

            GaveUpAt = end;
            position = html[end] == '&' ? Reference(html, end, text) : Markup(html, end, text, sections);
            if (position < 0)
            {
                return false;
            }
        }

        GaveUpAt = html.Length;
        return _open.Count == 0;
    }

    private bool Text(ReadOnlySpan<char> run, SectionCollector text)
    {
        if (_open.Count > 0 && TableContexts.Contains(_open[^1]) && !run.IsWhiteSpace())
        {
            return false;
        }

        if (_excludedAt < 0)
        {
            text.Append(run);
        }

        return true;
    }

    // A character reference in text: "&name;" from the parser's own table, or "&#…;" of an ordinary character. Any
    // other '&' before a letter or '#' is read by rules (legacy names without ';', replaced code points) left to a parse.
    private int Reference(string html, int ampersand, SectionCollector text)
    {
        var i = ampersand + 1;
        if (i < html.Length && html[i] == '#')
        {
            return Numeric(html, ampersand, text);
        }

        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        // A lone '&' before white space is text (before other characters the parser has quirks of its own).
        if (i == ampersand + 1)
        {
            return i < html.Length && char.IsWhiteSpace(html[i]) && Text("&", text) ? i : -1;
        }

        if (i >= html.Length || html[i] != ';' || HtmlEntityProvider.Resolver.GetSymbol(html.Substring(ampersand + 1, i - ampersand)) is not { } symbol)
        {
            return -1;
        }

        return Text(symbol, text) ? i + 1 : -1;
    }

    private int Numeric(string html, int ampersand, SectionCollector text)
    {
        var i = ampersand + 2;
        var hex = i < html.Length && html[i] is 'x' or 'X';
        var start = hex ? i + 1 : i;
        var end = start;
        var code = 0;
        while (end < html.Length && end - start < 6 && (hex ? char.IsAsciiHexDigit(html[end]) : char.IsAsciiDigit(html[end])))
        {
            code = (code * (hex ? 16 : 10)) + (hex ? HexValue(html[end]) : html[end] - '0');
            end++;
        }

        var ordinary = code is 0x09 or 0x0A or 0x0C or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (> 0xDFFF and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF)
            && (code & 0xFFFE) != 0xFFFE;
        if (end == start || end >= html.Length || html[end] != ';' || !ordinary)
        {
            return -1;
        }

        return Text(char.ConvertFromUtf32(code), text) ? end + 1 : -1;
    }

    private static int HexValue(char digit) => char.IsAsciiDigit(digit) ? digit - '0' : (digit | 0x20) - 'a' + 10;

    private int Markup(string html, int open, SectionCollector text, bool sections)
    {
        if (open + 1 >= html.Length)
        {
            return -1;
        }

        var next = html[open + 1];
        if (next == '!')
        {
            // Markup that does not end is Unended (-1), which here means "cannot tell": the body is parsed instead.
            return HtmlDeclarationSkipper.EndOfDeclaration(html, open, _foreignAt >= 0);
        }

        if (next == '?')
        {
            return HtmlDeclarationSkipper.PastNext(html, '>', open + 2);
        }

        if (next == '/')
        {
            return open + 2 < html.Length && char.IsAsciiLetter(html[open + 2]) ? EndTag(html, open + 2, text) : -1;
        }

        if (!char.IsAsciiLetter(next))
        {
            return Text("<", text) ? open + 1 : -1;
        }

        var position = _tag.Read(html, open + 1);
        if (!_tag.Complete || _tag.HasReference)
        {
            return -1;
        }

        return _foreignAt >= 0 ? ForeignStartTag(position) : StartTag(html, position, text, sections);
    }

    private int StartTag(string html, int position, SectionCollector text, bool sections)
    {
        var name = _tag.Name;
        if (GivesUp.Contains(name) || !OpensWhereItIs(name))
        {
            return -1;
        }

        if (_excludedAt < 0)
        {
            if (SearchableHtml.IsExcluded(name, _tag.OptedOut, _tag.Class))
            {
                text.Append(' ');
                _excludedAt = ClosesAtOnce(name) ? -1 : _open.Count;
            }
            else if (sections && _headingAt < 0 && name is ['h', >= '1' and <= '6'] && _tag.HasId)
            {
                text.StartHeading(_tag.Id!);
                _headingAt = _open.Count;
                text.Append(' ');
            }
            else if (!SearchableHtml.IsInline(name))
            {
                text.Append(' ');
            }
        }

        if (name == "svg")
        {
            _foreignAt = _tag.SelfClosing ? -1 : _open.Count;
        }

        if (!ClosesAtOnce(name))
        {
            _open.Add(name);
        }

        if (name is "script" or "style")
        {
            var end = RawTextEnd(html, name, position);
            return end < 0 || (name == "script" && html.AsSpan(position, end - position).Contains("<!--", StringComparison.Ordinal)) ? -1 : end;
        }

        return position;
    }

    // A void element, or an svg written as "<svg/>" (foreign elements honour the self-closing flag).
    private bool ClosesAtOnce(string name) => Void.Contains(name) || (name == "svg" && _tag.SelfClosing);

    // The checks that the tree builder would put the element where it stands, as the child of the open element.
    private bool OpensWhereItIs(string name)
    {
        var top = _open.Count > 0 ? _open[^1] : null;
        if (TableParents.TryGetValue(name, out var parents))
        {
            return top is not null && (Array.IndexOf(parents, top) >= 0 || (name == "tr" && top == "table") || (name == "col" && top == "table"));
        }

        if (top is not null && TableContexts.Contains(top) && name is not ("script" or "style"))
        {
            return false;
        }

        if ((_open.Contains("p") && !InParagraph.Contains(name))
            || (name == "a" && _open.Contains("a"))
            || (name == "button" && _open.Contains("button"))
            || (name is ['h', >= '1' and <= '6'] && top is ['h', >= '1' and <= '6']))
        {
            return false;
        }

        return name switch
        {
            "li" => Nearest("li", "ul", "ol", "menu") != "li",
            "dd" or "dt" => Nearest("dd", "dt", "dl") is not ("dd" or "dt"),
            _ => true,
        };
    }

    private string? Nearest(params ReadOnlySpan<string> names)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            foreach (var name in names)
            {
                if (_open[i] == name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    // Inside svg every element is the search's to skip: only where it ends matters. An HTML element that breaks
    // out of foreign content, or any element inside an integration point, is left to a parse.
    private int ForeignStartTag(int position)
    {
        if (BreakOut.Contains(_tag.Name) || IntegrationPoints.Contains(_open[^1]))
        {
            return -1;
        }

        if (!_tag.SelfClosing)
        {
            _open.Add(_tag.Name);
        }

        return position;
    }

    private int EndTag(string html, int start, SectionCollector text)
    {
        var position = _tag.Read(html, start);
        if (!_tag.Complete || _open.Count == 0 || !string.Equals(_open[^1], _tag.Name, _foreignAt >= 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return -1;
        }

        _open.RemoveAt(_open.Count - 1);
        var depth = _open.Count;
        if (depth == _foreignAt)
        {
            _foreignAt = -1;
        }

        if (depth == _excludedAt)
        {
            _excludedAt = -1;
        }
        else if (depth == _headingAt)
        {
            text.EndHeading();
            _headingAt = -1;
        }

        return position;
    }

    // Where the text of a script or style ends: at its end tag, which is read next as a tag.
    private static int RawTextEnd(string html, string name, int position)
    {
        for (var close = html.IndexOf("</", position, StringComparison.Ordinal); close >= 0; close = html.IndexOf("</", close + 2, StringComparison.Ordinal))
        {
            var after = close + 2 + name.Length;
            if (after <= html.Length
                && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] is ' ' or '\n' or '\t' or '\f' or '/' or '>'))
            {
                return close;
            }
        }

        return -1;
    }
}
