using Briefing.Core;
using System.Collections.Frozen;
using System.Text;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Reads a page body's HTML into the tree the HTML parser would build, without a DOM, when it can be sure the two
/// agree; otherwise it answers null and the caller parses the page. It is sure only of plain markup: elements from a
/// fixed list, each closed by its own end tag in the order opened; no comment, doctype or processing instruction;
/// only the character references <see cref="ScannedText"/> decodes; and none of the nestings where the parser
/// repairs the markup (a block inside a paragraph, a link inside a link, a list item inside another one without a
/// list between them, anything but the table's own parts inside a table). That is what the Markdown renderer
/// writes, so nearly every page is scanned; a page with anything else is parsed, and is still right.
/// </summary>
internal static class BodyScanner
{
    // Elements the parser nests as written (phrasing content; nothing here is special to the tree builder, and a
    // well-nested <b> or <em> never needs its formatting reconstructed).
    private static readonly FrozenSet<string> Phrasing = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var");

    // Elements that close an open paragraph when they start (so none may start inside one).
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "details", "div", "dl", "figcaption", "figure", "footer", "header",
        "main", "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "dd", "dt",
        "table", "hr");

    private static readonly FrozenSet<string> TableParts = FrozenSet.Create(
        StringComparer.Ordinal, "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th");

    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal, "br", "hr", "img", "wbr");

    // Every element the scanner reads, looked up by the name's characters so a tag's name is never copied.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Known =
        Phrasing.Concat(ClosesParagraph).Concat(TableParts).Concat(Void).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsVoid(string name) => Void.Contains(name);

    public static ScannedBody? Scan(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        // The parser turns a carriage return into a line feed and drops a NUL from the body's text.
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0)
        {
            return null;
        }

        var reader = new Reader(html);
        return reader.Read() ? new ScannedBody(reader.Events, reader.Ids) : null;
    }

    private sealed class Reader(string html)
    {
        private readonly List<ScannedElement> _open = [];
        private int _paragraphs;
        private int _links;
        private ScannedElement? _heading;

        public List<BodyEvent> Events { get; } = [];

        public Dictionary<string, ScannedElement> Ids { get; } = new(StringComparer.Ordinal);

        private ScannedElement? Current => _open.Count > 0 ? _open[^1] : null;

        public bool Read()
        {
            var textStart = 0;
            var position = 0;
            while (position < html.Length)
            {
                var open = html.IndexOf('<', position);
                if (open < 0)
                {
                    break;
                }

                if (open + 1 >= html.Length)
                {
                    return false;
                }

                var next = html[open + 1];
                if (next is '!' or '?')
                {
                    return false;
                }

                if (next != '/' && !char.IsAsciiLetter(next))
                {
                    position = open + 1; // a '<' that starts no tag is text
                    continue;
                }

                if (!AddText(textStart, open))
                {
                    return false;
                }

                position = next == '/' ? ReadEndTag(open + 2) : ReadStartTag(open + 1);
                if (position < 0)
                {
                    return false;
                }

                textStart = position;
            }

            return AddText(textStart, html.Length) && _open.Count == 0;
        }

        private bool AddText(int start, int end)
        {
            if (start >= end)
            {
                return true;
            }

            var text = ScannedText.Decode(html, start, end);
            var parent = Current;
            if (text is null || (parent is not null && IsTableContainer(parent.Name) && !IsWhiteSpace(text)))
            {
                return false; // a reference the scanner does not read, or text the parser moves out of a table
            }

            // A line feed first in a <pre> is dropped by the parser and written back by the serialiser.
            if (parent is { Name: "pre" } && Events[^1].Kind == BodyEventKind.Open && Events[^1].Element == parent && text[0] == '\n')
            {
                return false;
            }

            _heading?.HeadingText!.Append(text);
            Events.Add(new BodyEvent(BodyEventKind.Text, parent, text));
            return true;
        }

        private int ReadStartTag(int nameStart)
        {
            var tag = new HtmlAttributeReader(html, nameStart);
            if (!Known.TryGetValue(html.AsSpan(tag.TagNameStart, tag.TagNameEnd - tag.TagNameStart), out var name) || !MayOpen(name))
            {
                return -1;
            }

            var attributes = new List<KeyValuePair<string, string>>();
            while (tag.MoveNext())
            {
                var attributeName = tag.Name;
                if (!IsPlainAttributeName(attributeName) || HasAttribute(attributes, attributeName))
                {
                    return -1;
                }

                if (ScannedText.Decode(html, tag.ValueStart, tag.ValueEnd) is not { } value)
                {
                    return -1;
                }

                attributes.Add(new(attributeName.ToString(), value));
            }

            if (!tag.Complete || (tag.SelfClosing && !Void.Contains(name)))
            {
                return -1;
            }

            var end = tag.End;
            var element = Create(name, attributes);
            if (element is null)
            {
                return -1;
            }

            element.OpenEvent = Events.Count;
            Events.Add(new BodyEvent(BodyEventKind.Open, element, null));
            if (Void.Contains(name))
            {
                element.CloseEvent = Events.Count;
                Events.Add(new BodyEvent(BodyEventKind.Close, element, null));
                return end;
            }

            _open.Add(element);
            _paragraphs += name == "p" ? 1 : 0;
            _links += name == "a" ? 1 : 0;
            if (element.IsHeading)
            {
                _heading = element;
            }

            return end;
        }

        private ScannedElement? Create(string name, List<KeyValuePair<string, string>> attributes)
        {
            string? id = null, classValue = null;
            var optedOut = false;
            foreach (var (key, value) in attributes)
            {
                (id, classValue, optedOut) = key switch
                {
                    "id" => (value, classValue, optedOut),
                    "class" => (id, value, optedOut),
                    LinkExclusions.OptOutAttribute => (id, classValue, true),
                    _ => (id, classValue, optedOut),
                };
            }

            // An id the linker's tooltips could also take would make placing a mention depend on which comes first.
            if (id is not null && id.StartsWith(TermMarkup.TooltipId(""), StringComparison.Ordinal))
            {
                return null;
            }

            var element = new ScannedElement(name, Current, attributes)
            {
                Skipped = LinkExclusions.IsSkipped(name, optedOut, classValue),
                NonProse = LinkExclusions.IsNonProse(name, classValue),
                HeadingText = LinkExclusions.IsHeading(name) ? new StringBuilder() : null,
            };
            if (id is not null)
            {
                Ids.TryAdd(id, element);
            }

            return element;
        }

        private int ReadEndTag(int nameStart)
        {
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                return -1;
            }

            var tag = new HtmlAttributeReader(html, nameStart);
            var current = Current;
            if (tag.MoveNext() || !tag.Complete || tag.SelfClosing || current is null || !html.AsSpan(tag.TagNameStart, tag.TagNameEnd - tag.TagNameStart).SequenceEqual(current.Name))
            {
                return -1;
            }

            _open.RemoveAt(_open.Count - 1);
            _paragraphs -= current.Name == "p" ? 1 : 0;
            _links -= current.Name == "a" ? 1 : 0;
            if (current == _heading)
            {
                _heading = null;
                var text = current.HeadingText!.ToString();
                for (var outer = current.Parent; outer is not null && outer.FirstHeadingText is null; outer = outer.Parent)
                {
                    outer.FirstHeadingText = text;
                }
            }

            current.CloseEvent = Events.Count;
            Events.Add(new BodyEvent(BodyEventKind.Close, current, null));
            return tag.End;
        }

        // Whether the parser would put an element of this name where the scan is, as a child of the current element.
        private bool MayOpen(string name)
        {
            var current = Current;
            if ((ClosesParagraph.Contains(name) && _paragraphs > 0) || (name == "a" && _links > 0) || (LinkExclusions.IsHeading(name) && _heading is not null))
            {
                return false;
            }

            if (current is not null && IsTableContainer(current.Name) && !IsTablePartOf(name, current.Name))
            {
                return false;
            }

            if (!IsTablePartOf(name, current?.Name) && name is "caption" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th")
            {
                return false;
            }

            return name switch
            {
                "li" => !OpenInListScope("li"),
                "dd" or "dt" => !OpenInListScope("dd") && !OpenInListScope("dt"),
                _ => true,
            };
        }

        // The parser closes an open item of the kind when another starts, looking up past phrasing elements, div,
        // address and p, and stopping at any other element that matters to it (a list, a table cell, a block).
        private bool OpenInListScope(string name)
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                var element = _open[i].Name;
                if (element == name)
                {
                    return true;
                }

                if (!Phrasing.Contains(element) && element is not ("div" or "address" or "p"))
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsTableContainer(string name) => name is "table" or "thead" or "tbody" or "tfoot" or "tr";

        private static bool IsTablePartOf(string name, string? parent) => (name, parent) switch
        {
            ("caption" or "thead" or "tbody" or "tfoot", "table") => true,
            ("tr", "thead" or "tbody" or "tfoot") => true,
            ("td" or "th", "tr") => true,
            _ => false,
        };

        private static bool IsPlainAttributeName(ReadOnlySpan<char> name)
        {
            if (name.IsEmpty || !char.IsAsciiLetterLower(name[0]))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-' && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasAttribute(List<KeyValuePair<string, string>> attributes, ReadOnlySpan<char> name)
        {
            foreach (var (key, _) in attributes)
            {
                if (name.SequenceEqual(key))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWhiteSpace(string text) => text.AsSpan().IndexOfAnyExcept(" \t\n\f\r") < 0;
    }
}
