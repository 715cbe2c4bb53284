using Briefing.Core;
using AngleSharp.Dom;

namespace Briefing.Glossary.Linking;

/// <summary>
/// The markup of a linked term: <c>&lt;a class="term"&gt;</c> and, right after it, the tooltip
/// <c>&lt;span class="term-tip" role="tooltip"&gt;</c> that CSS shows on hover and focus without script.
/// <c>aria-describedby</c> makes the tooltip the link's accessible description.
/// </summary>
internal static class TermMarkup
{
    public const string LinkClass = "term";

    public static string TooltipId(string slug) => $"tip-{slug}";

    /// <summary>The term an element links to, if it is a term link made by <see cref="Wrap"/>.</summary>
    public static string? LinkedSlug(IElement element) =>
        element.LocalName == "a" && element.ClassList.Contains(LinkClass) ? element.GetAttribute("data-term") : null;

    /// <summary>
    /// Splits <paramref name="text"/> around the given matches, inserting a link and tooltip for each. The
    /// pieces are inserted before the text node, which keeps the text after the last match (or is removed):
    /// cheaper in AngleSharp than replacing the node with a fragment.
    /// </summary>
    public static void Wrap(IText text, IReadOnlyList<(TermMatch Match, LinkableTerm Term)> matches)
    {
        var document = text.Owner ?? throw new InvalidOperationException("The text node belongs to no document.");
        var parent = text.Parent ?? throw new InvalidOperationException("The text node has no parent.");
        var data = text.Data;
        var position = 0;
        foreach (var (match, term) in matches)
        {
            if (match.Start > position)
            {
                parent.InsertBefore(document.CreateTextNode(data[position..match.Start]), text);
            }

            parent.InsertBefore(Link(document, term, data.Substring(match.Start, match.Length)), text);
            parent.InsertBefore(Tooltip(document, term), text);
            position = match.End;
        }

        if (position < data.Length)
        {
            text.Data = data[position..];
        }
        else
        {
            parent.RemoveChild(text);
        }
    }

    private static IElement Link(IDocument document, LinkableTerm term, string originalText)
    {
        var link = document.CreateElement("a");
        link.SetAttribute("class", LinkClass);
        link.SetAttribute("href", term.Url);
        link.SetAttribute("data-term", term.Slug);
        link.SetAttribute("aria-describedby", TooltipId(term.Slug));
        link.TextContent = originalText;
        return link;
    }

    private static IElement Tooltip(IDocument document, LinkableTerm term)
    {
        var tooltip = document.CreateElement("span");
        tooltip.SetAttribute("class", HtmlClasses.TermTip);
        tooltip.SetAttribute("role", "tooltip");
        tooltip.SetAttribute("id", TooltipId(term.Slug));
        tooltip.TextContent = term.Short;
        return tooltip;
    }

    /// <summary>
    /// Gives an author's own link to a term (an <c>xref:</c> link) the markup of a linked term and its tooltip,
    /// so it reads like one and the linker counts it as the term's first mention on the page.
    /// </summary>
    public static void Adopt(IElement link, LinkableTerm term)
    {
        var document = link.Owner ?? throw new InvalidOperationException("The link belongs to no document.");
        link.ClassList.Add(LinkClass);
        link.SetAttribute("data-term", term.Slug);
        link.SetAttribute("aria-describedby", TooltipId(term.Slug));
        link.After(Tooltip(document, term));
    }
}
