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
/// One reader serves one index build: it keeps its HTML parser, whose set-up costs about as much as parsing a
/// small body (AngleSharp's parser is not safe to share between threads, so the reader is not either).
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
    private static readonly char[] ClassSeparators = [' ', '\t', '\n', '\f', '\r'];

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    private readonly HtmlParser parser = new();

    /// <summary>The body's sections, in order; sections without text or heading are left out.</summary>
    public IReadOnlyList<PageSection> Sections(string html)
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
                heading = Collapse(headingText);
            });
        }

        Flush();
        return sections;

        void Flush()
        {
            var collapsed = Collapse(text);
            if (collapsed.Length > 0 || heading is not null)
            {
                sections.Add(new PageSection(id, heading, collapsed));
            }

            text.Clear();
        }
    }

    /// <summary>All searchable text of an HTML fragment as one line.</summary>
    public string Text(string html)
    {
        var text = new StringBuilder();
        using (var document = Parse(html))
        {
            Walk(Body(document), text, onHeading: null);
        }

        return Collapse(text);
    }

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string html) =>
        parser.ParseDocument(string.Concat("<!DOCTYPE html><body>", html));

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
                    if (!Inline.Contains(element.LocalName))
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
        Skipped.Contains(element.LocalName)
        || element.HasAttribute(OptOutAttribute)
        || (element.ClassName is { Length: > 0 } classes
            && classes.Split(ClassSeparators, StringSplitOptions.RemoveEmptyEntries).Any(c => SkippedClasses.Contains(c)));

    // Runs of white space (as char.IsWhiteSpace has it) become one space; none at either end.
    private static string Collapse(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = collapsed.Length > 0;
                }
                else
                {
                    if (space)
                    {
                        collapsed.Append(' ');
                        space = false;
                    }

                    collapsed.Append(c);
                }
            }
        }

        return collapsed.ToString();
    }
}
