using Briefing.Core;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Maps;

namespace Briefing.Search;

/// <summary>
/// Reads the searchable text of an HTML body: the prose, without ¶ chips, glossary tooltips, scripts and the
/// passages an author excluded (<c>data-no-search</c> on an element, or the class <c>no-search</c> that a
/// <c>::: no-search</c> container gives), cut into sections at headings that have an id.
/// </summary>
/// <remarks>
/// A body is read by <see cref="SearchableHtmlScanner"/>'s one pass over its text, which costs a small part of a
/// parse; markup the scan cannot read the way the HTML tree builder would is parsed with AngleSharp and walked
/// instead. One reader serves one index build: it keeps its parser, whose set-up costs about as much as parsing a
/// small body, and its scanner (neither is safe to share between threads, so the reader is not either).
/// </remarks>
internal sealed class SearchableHtml
{
    public const string OptOutAttribute = "data-no-search";

    public const string OptOutClass = "no-search";

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "script", "style", "template", "noscript", "svg", "math" };

    // A map's figure is left out too: its caption and place list name every place of the briefing, so each place
    // would find the home page (the places have their own term entries).
    private static readonly string[] SkippedClasses = [OptOutClass, HtmlClasses.TermTip, HtmlClasses.Citation, MapFigure.FigureClass];

    // The separators of an HTML class list.
    private static readonly System.Buffers.SearchValues<char> ClassSeparators = System.Buffers.SearchValues.Create(" \t\n\f\r");

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    private readonly HtmlParser _parser = new();
    private readonly SearchableHtmlScanner _scanner = new();
    private readonly SectionCollector _collector = new();

    /// <summary>The body's sections, in order; sections without text or heading are left out.</summary>
    public IReadOnlyList<PageSection> Sections(string html)
    {
        _collector.Clear();
        return _scanner.TryRead(html, _collector, sections: true) ? _collector.Sections() : ParsedSections(html);
    }

    /// <summary>All searchable text of an HTML fragment as one line.</summary>
    public string Text(string html)
    {
        _collector.Clear();
        return _scanner.TryRead(html, _collector, sections: false) ? _collector.Text() : ParsedText(html);
    }

    /// <summary>Whether the one-pass scan reads <paramref name="html"/> (rather than a parse), for tests; else where it gave up.</summary>
    internal (bool Scanned, int GaveUpAt) Scans(string html)
    {
        _collector.Clear();
        return (_scanner.TryRead(html, _collector, sections: true), _scanner.GaveUpAt);
    }

    /// <summary><see cref="Sections"/> read from the parsed body: the reading the scan must match.</summary>
    internal IReadOnlyList<PageSection> ParsedSections(string html)
    {
        var sections = new List<PageSection>();
        string? id = null;
        string? heading = null;
        var text = new StringBuilder();
        using (var document = Parse(html))
        {
            Walk(Body(document), text, element =>
            {
                Flush();
                id = element.Id;
                var headingText = new StringBuilder();
                Walk(element, headingText, onHeading: null);
                heading = WhiteSpace.Collapse(headingText);
            });
        }

        Flush();
        return sections;

        void Flush()
        {
            var collapsed = WhiteSpace.Collapse(text);
            if (collapsed.Length > 0 || heading is not null)
            {
                sections.Add(new PageSection(id, heading, collapsed));
            }

            text.Clear();
        }
    }

    /// <summary><see cref="Text"/> read from the parsed fragment.</summary>
    internal string ParsedText(string html)
    {
        var text = new StringBuilder();
        using (var document = Parse(html))
        {
            Walk(Body(document), text, onHeading: null);
        }

        return WhiteSpace.Collapse(text);
    }

    /// <summary>Whether an element and what it holds are left out of the search.</summary>
    internal static bool IsExcluded(string localName, bool optedOut, ReadOnlySpan<char> classes) =>
        Skipped.Contains(localName) || optedOut || HasSkippedClass(classes);

    // Each class of the list, compared as characters: most elements of a body with a class are glossary links.
    private static bool HasSkippedClass(ReadOnlySpan<char> classes)
    {
        while (!classes.IsEmpty)
        {
            var end = classes.IndexOfAny(ClassSeparators);
            var name = end < 0 ? classes : classes[..end];
            foreach (var skipped in SkippedClasses)
            {
                if (name.SequenceEqual(skipped))
                {
                    return true;
                }
            }

            classes = end < 0 ? [] : classes[(end + 1)..];
        }

        return false;
    }

    /// <summary>Whether an element runs on with the text around it (no space where it starts).</summary>
    internal static bool IsInline(string localName) => Inline.Contains(localName);

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string html) =>
        _parser.ParseDocument(string.Concat("<!DOCTYPE html><body>", html));

    private static IElement Body(AngleSharp.Html.Dom.IHtmlDocument document) =>
        document.Body ?? throw new InvalidOperationException("A parsed body is missing.");

    // Appends the text under root in document order; with onHeading, a heading that has an id is handed over
    // instead (it starts a section). A stack rather than recursion: a deeply nested body must not exhaust the
    // thread's stack.
    private static void Walk(IElement root, StringBuilder text, Action<IElement>? onHeading)
    {
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IText node:
                    text.Append(node.Data);
                    break;
                case IElement element when IsExcluded(element):
                    text.Append(' ');
                    break;
                case IElement element when onHeading is not null && element.LocalName is ['h', >= '1' and <= '6'] && element.Id is { Length: > 0 }:
                    onHeading(element);
                    break;
                case IElement element:
                    if (!IsInline(element.LocalName))
                    {
                        text.Append(' ');
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }
    }

    private static bool IsExcluded(IElement element) =>
        IsExcluded(element.LocalName, element.HasAttribute(OptOutAttribute), element.ClassName);
}
