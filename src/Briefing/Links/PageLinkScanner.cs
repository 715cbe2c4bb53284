using Briefing.Core;

namespace Briefing.Links;

/// <summary>
/// Reads a page's fragment targets and links straight from its HTML text, without building a DOM: the link
/// checker's first pass over every page of a build, where a parse per page cost more than the rest of the check.
/// It finds what <see cref="PublishedPage.Parse"/> finds, by following the HTML tokenizer where it matters for
/// links: comments, doctypes and bogus comments are skipped; the text of <c>script</c>, <c>style</c>,
/// <c>textarea</c>, <c>title</c> and the other raw-text elements is not markup; names are case-insensitive and the
/// first of two equal attributes wins; attribute values are decoded (named and numeric character references);
/// a tag cut off by the end of the file is dropped; inside <c>svg</c> and <c>math</c> those elements are ordinary
/// and CDATA sections are skipped, until an HTML element breaks out; the content of a <c>template</c> is no part
/// of the page.
/// </summary>
internal static class PageLinkScanner
{
    public static PublishedPage Scan(string file, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PublishedLink>();
        var tag = new ScannedTag();
        var foreign = 0;
        var template = 0;
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (next == '!')
            {
                position = SkipDeclaration(html, open, foreign > 0);
            }
            else if (next == '?')
            {
                position = SkipPast(html, '>', open + 2);
            }
            else if (next == '/')
            {
                position = ReadEndTag(html, open, tag);
                if (tag.Complete)
                {
                    foreign -= foreign > 0 && tag.NameIs("svg", "math") ? 1 : 0;
                    template -= template > 0 && tag.NameIs("template") ? 1 : 0;
                }
            }
            else if (char.IsAsciiLetter(next))
            {
                position = tag.Read(html, open + 1);
                if (!tag.Complete)
                {
                    break;
                }

                if (foreign > 0 && ForeignContent.BreaksOut(tag))
                {
                    foreign = 0;
                }

                if (template == 0)
                {
                    Record(tag, ids, links);
                }

                if (tag.NameIs("template"))
                {
                    template++;
                }
                else if (tag.NameIs("svg", "math"))
                {
                    foreign += tag.SelfClosing ? 0 : 1;
                }
                else if (foreign == 0 && ForeignContent.RawTextEnd(html, tag, position) is var end && end != position)
                {
                    position = end;
                }
            }
            else
            {
                position = open + 1;
            }
        }

        return new PublishedPage(file, ids, links);
    }

    private static void Record(ScannedTag tag, HashSet<string> ids, List<PublishedLink> links)
    {
        if (tag.Id is { Length: > 0 } id)
        {
            ids.Add(id);
        }

        if (tag.NameAttribute is { Length: > 0 } name && tag.NameIs("a"))
        {
            ids.Add(name);
        }

        if (tag.NameIs("base"))
        {
            return;
        }

        if (tag.Href is { } href)
        {
            links.Add(new PublishedLink(tag.ElementName, "href", href, null, 0));
        }

        if (tag.Src is { } src)
        {
            links.Add(new PublishedLink(tag.ElementName, "src", src, null, 0));
        }

        if (tag.NameIs("meta") && (tag.Property ?? tag.NameAttribute) is "og:url" or "og:image" or "twitter:image" && tag.Content is { } content)
        {
            links.Add(new PublishedLink(tag.ElementName, "content", content, null, 0));
        }
    }

    // A comment, CDATA section, doctype or bogus comment that does not end takes the rest of the page.
    private static int SkipDeclaration(string html, int open, bool inForeignContent) =>
        OrEnd(html, HtmlDeclarationSkipper.EndOfDeclaration(html, open, inForeignContent));

    // "</name ...>" is read like a start tag (its attributes ignored); "</>" is nothing and any other "</" a bogus comment.
    private static int ReadEndTag(string html, int open, ScannedTag tag)
    {
        var start = open + 2;
        if (start < html.Length && char.IsAsciiLetter(html[start]))
        {
            return tag.Read(html, start);
        }

        tag.Clear();
        return start < html.Length && html[start] == '>' ? start + 1 : SkipPast(html, '>', start);
    }

    private static int SkipPast(string html, char character, int start) =>
        OrEnd(html, HtmlDeclarationSkipper.PastNext(html, character, start));

    private static int OrEnd(string html, int end) => end == HtmlDeclarationSkipper.Unended ? html.Length : end;
}
