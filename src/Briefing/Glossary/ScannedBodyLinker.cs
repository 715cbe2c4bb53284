using Briefing.Core;
using System.Text;
using Briefing.Glossary.Linking;

namespace Briefing.Glossary;

/// <summary>
/// <see cref="PageBodyLinker"/>'s work on a body read by <see cref="BodyScanner"/> instead of parsed: the same links,
/// mentions and places, written as AngleSharp would serialise the linked DOM, at a fraction of the cost (no DOM is
/// built, changed or written). Answers null for a body the scanner is not sure of, or whose mentions it cannot
/// place the way the DOM would; the caller then parses it.
/// </summary>
internal sealed class ScannedBodyLinker(TermLinker linker)
{
    public LinkedBody? Link(string html, string? ownSlug, Func<string, int?> paragraphNumber)
    {
        if (BodyScanner.Scan(html) is not { } body)
        {
            return null;
        }

        var events = body.Events;
        var alreadyLinked = AlreadyLinked(events);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new List<TermMention>();
        var blocks = new Dictionary<ScannedElement, ScannedBlockText>(ReferenceEqualityComparer.Instance);
        ScannedBlockText? rootBlock = null;
        Dictionary<int, List<(TermMatch Match, LinkableTerm Term)>>? toLink = null;
        string? section = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Kind == BodyEventKind.Open && e.Element!.IsHeading)
            {
                section = e.Element.Attribute("id") is { Length: > 0 } id ? id : null;
            }

            if (e.Kind != BodyEventKind.Text || (e.Element?.Excluded ?? false))
            {
                continue;
            }

            foreach (var match in linker.FindAll(e.Text!))
            {
                var term = linker.TermOf(match.TermId);
                if (string.Equals(term.Slug, ownSlug, StringComparison.Ordinal))
                {
                    continue;
                }

                var block = BlockOf(e.Element);
                var blockText = block is null
                    ? rootBlock ??= new ScannedBlockText(events, null)
                    : blocks.TryGetValue(block, out var known) ? known : blocks[block] = new ScannedBlockText(events, block);
                var start = blockText.OffsetOf(i) + match.Start;
                mentions.Add(new TermMention(
                    term.Slug,
                    AnchorIdOf(e.Element),
                    mentions.Count + 1,
                    SnippetContext.Before(blockText.Text, start),
                    SnippetContext.Collapse(e.Text!, match.Start, match.Length),
                    SnippetContext.After(blockText.Text, start + match.Length))
                {
                    SectionId = section,
                });
                if (!alreadyLinked.Contains(term.Slug) && linked.Add(term.Slug))
                {
                    toLink ??= [];
                    if (!toLink.TryGetValue(i, out var here))
                    {
                        toLink[i] = here = [];
                    }

                    here.Add((match, term));
                }
            }
        }

        var placed = new List<PageMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (Place(body, mention, paragraphNumber) is not { } place)
            {
                return null;
            }

            placed.Add(place);
        }

        return new LinkedBody(toLink is null ? html : Write(events, toLink, html.Length + MarkupLength(toLink)), placed);
    }

    // Term links already on the page (outside any skipped element) count as their term's first mention.
    private static HashSet<string> AlreadyLinked(IReadOnlyList<BodyEvent> events)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Kind == BodyEventKind.Open && e.Element is { Name: "a", Skipped: true } link && !(link.Parent?.Excluded ?? false)
                && link.Attribute("class") is { } classes && LinkExclusions.HasClass(classes, TermMarkup.LinkClass)
                && link.Attribute("data-term") is { } slug)
            {
                slugs.Add(slug);
            }
        }

        return slugs;
    }

    private static ScannedElement? BlockOf(ScannedElement? element)
    {
        for (; element is not null; element = element.Parent)
        {
            if (LinkExclusions.IsSnippetBlock(element.Name))
            {
                return element;
            }
        }

        return null;
    }

    private static string? AnchorIdOf(ScannedElement? element)
    {
        for (; element is not null; element = element.Parent)
        {
            if (element.Attribute("id") is { Length: > 0 } id)
            {
                return id;
            }
        }

        return null;
    }

    // As PageBodyLinker places a mention in the linked DOM; null when the element an id names first is not the
    // heading the scan knows the text of (ids used twice), where the DOM's answer would depend on the links.
    private static PageMention? Place(ScannedBody body, TermMention mention, Func<string, int?> paragraphNumber)
    {
        if (mention.AnchorId is { } id && body.ElementsById.TryGetValue(id, out var element))
        {
            if (paragraphNumber(id) is { } number)
            {
                return new PageMention(mention, id, null, number);
            }

            var name = element.IsHeading ? element.HeadingText!.ToString()
                : element.FirstHeadingText ?? (element.Attribute("aria-label") is { Length: > 0 } label ? label : null);
            if (name is not null)
            {
                return new PageMention(mention, id, WhiteSpace.Collapse(name));
            }
        }

        if (mention.SectionId is { } section && body.ElementsById.TryGetValue(section, out var heading))
        {
            return heading.IsHeading ? new PageMention(mention, section, WhiteSpace.Collapse(heading.HeadingText!)) : null;
        }

        return new PageMention(mention, null, null);
    }

    private static string Write(IReadOnlyList<BodyEvent> events, Dictionary<int, List<(TermMatch Match, LinkableTerm Term)>> toLink, int length)
    {
        var output = new StringBuilder(length);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            switch (e.Kind)
            {
                case BodyEventKind.Open:
                    output.Append('<').Append(e.Element!.Name);
                    foreach (var (name, value) in e.Element.Attributes)
                    {
                        output.Append(' ').Append(name).Append("=\"");
                        ScannedText.AppendAttributeValue(output, value);
                        output.Append('"');
                    }

                    output.Append('>');
                    break;
                case BodyEventKind.Close when !BodyScanner.IsVoid(e.Element!.Name):
                    output.Append("</").Append(e.Element.Name).Append('>');
                    break;
                case BodyEventKind.Text when toLink.TryGetValue(i, out var matches):
                    WriteLinked(output, e.Text!, matches);
                    break;
                case BodyEventKind.Text:
                    ScannedText.AppendText(output, e.Text!);
                    break;
            }
        }

        return output.ToString();
    }

    // About what the links and tooltips add, so the page is written into a buffer of its final size.
    private static int MarkupLength(Dictionary<int, List<(TermMatch Match, LinkableTerm Term)>> toLink)
    {
        var length = 0;
        foreach (var matches in toLink.Values)
        {
            foreach (var (_, term) in matches)
            {
                length += 160 + term.Url.Length + (4 * term.Slug.Length) + term.Short.Length + (term.Short.Length / 8);
            }
        }

        return length;
    }

    // The markup TermMarkup.Wrap inserts, as the serialiser writes it.
    private static void WriteLinked(StringBuilder output, string text, List<(TermMatch Match, LinkableTerm Term)> matches)
    {
        var position = 0;
        foreach (var (match, term) in matches)
        {
            ScannedText.AppendText(output, text.AsSpan(position, match.Start - position));
            output.Append("<a class=\"").Append(TermMarkup.LinkClass).Append("\" href=\"");
            ScannedText.AppendAttributeValue(output, term.Url);
            output.Append("\" data-term=\"");
            ScannedText.AppendAttributeValue(output, term.Slug);
            output.Append("\" aria-describedby=\"");
            ScannedText.AppendAttributeValue(output, TermMarkup.TooltipId(term.Slug));
            output.Append("\">");
            ScannedText.AppendText(output, text.AsSpan(match.Start, match.Length));
            output.Append("</a><span class=\"").Append(HtmlClasses.TermTip).Append("\" role=\"tooltip\" id=\"");
            ScannedText.AppendAttributeValue(output, TermMarkup.TooltipId(term.Slug));
            output.Append("\">");
            ScannedText.AppendText(output, term.Short);
            output.Append("</span>");
            position = match.End;
        }

        ScannedText.AppendText(output, text.AsSpan(position));
    }
}
