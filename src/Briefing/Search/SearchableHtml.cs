using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Search;

/// <summary>
/// Reads the searchable text of an HTML body: the prose, without ¶ chips, glossary tooltips, scripts and the
/// passages an author excluded (<c>data-no-search</c> on an element, or the class <c>no-search</c> that a
/// <c>::: no-search</c> container gives), cut into sections at headings that have an id.
/// </summary>
public static class SearchableHtml
{
    public const string OptOutAttribute = "data-no-search";

    public const string OptOutClass = "no-search";

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "script", "style", "template", "noscript", "svg", "math" };

    private static readonly string[] SkippedClasses = [OptOutClass, "term-tip", "citation"];

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    /// <summary>The body's sections, in order; sections without text or heading are left out.</summary>
    public static IReadOnlyList<PageSection> Sections(string html)
    {
        var sections = new List<PageSection>();
        string? id = null;
        string? heading = null;
        var text = new StringBuilder();
        foreach (var (element, node) in Walk(Parse(html), splitAtHeadings: true))
        {
            if (element is not null)
            {
                Flush();
                id = element.Id;
                heading = Collapse(TextOf(element));
            }
            else
            {
                text.Append(node);
            }
        }

        Flush();
        return sections;

        void Flush()
        {
            var collapsed = Collapse(text.ToString());
            if (collapsed.Length > 0 || heading is not null)
            {
                sections.Add(new PageSection(id, heading, collapsed));
            }

            text.Clear();
        }
    }

    /// <summary>All searchable text of an HTML fragment as one line.</summary>
    public static string Text(string html) => Collapse(TextOf(Parse(html)));

    private static IElement Parse(string html) =>
        new HtmlParser().ParseDocument(string.Concat("<!DOCTYPE html><body>", html)).Body
        ?? throw new InvalidOperationException("A parsed body is missing.");

    // Yields each heading with an id as a section start (element), and text to add to the current section (node).
    private static IEnumerable<(IElement? Heading, string? Text)> Walk(IElement root, bool splitAtHeadings)
    {
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IText text:
                    yield return (null, text.Data);
                    break;
                case IElement element when IsExcluded(element):
                    yield return (null, " ");
                    break;
                case IElement element when splitAtHeadings && element.LocalName is ['h', >= '1' and <= '6'] && element.Id is { Length: > 0 }:
                    yield return (element, null);
                    break;
                case IElement element:
                    var separates = !Inline.Contains(element.LocalName);
                    if (separates)
                    {
                        yield return (null, " ");
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }
    }

    private static string TextOf(IElement root) => string.Concat(Walk(root, splitAtHeadings: false).Select(step => step.Text));

    private static bool IsExcluded(IElement element) =>
        Skipped.Contains(element.LocalName)
        || element.HasAttribute(OptOutAttribute)
        || SkippedClasses.Any(element.ClassList.Contains);

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
