using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Links;

/// <summary>
/// One written HTML file as the link checker sees it: the fragment targets it offers (every <c>id</c> and
/// <c>&lt;a name&gt;</c>) and the links it makes (<c>href</c> and <c>src</c>, plus the absolute URLs of link
/// previews in <c>og:url</c>, <c>og:image</c> and <c>twitter:image</c>).
/// </summary>
internal sealed record PublishedPage(string File, IReadOnlySet<string> Ids, IReadOnlyList<PublishedLink> Links)
{
    private static readonly string[] PreviewProperties = ["og:url", "og:image", "twitter:image"];
    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <param name="withLines">
    /// Keep each link's line and text for messages (costlier; the link checker scans every page with
    /// <see cref="PageLinkScanner"/> and parses only those with a broken link, for their messages).
    /// </param>
    public static PublishedPage Parse(string file, string html, bool withLines = true)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = withLines });
        using var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PublishedLink>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                ids.Add(name);
            }

            foreach (var attribute in LinkAttributes)
            {
                if (element.LocalName != "base" && element.GetAttribute(attribute) is { } value)
                {
                    links.Add(withLines ? LinkOf(element, attribute, value) : new PublishedLink(element.LocalName, attribute, value, null, 0));
                }
            }

            if (element.LocalName == "meta" && PreviewProperties.Contains(element.GetAttribute("property") ?? element.GetAttribute("name"))
                && element.GetAttribute("content") is { } content)
            {
                links.Add(withLines ? LinkOf(element, "content", content) : new PublishedLink(element.LocalName, "content", content, null, 0));
            }
        }

        return new PublishedPage(file, ids, links);
    }

    private static PublishedLink LinkOf(IElement element, string attribute, string value)
    {
        var text = element.TextContent.Trim();
        var shortText = text.Length == 0 ? element.GetAttribute("aria-label") : text.Length <= 40 ? text : text[..40] + "…";
        return new PublishedLink(element.LocalName, attribute, value, shortText, element.SourceReference?.Position.Line ?? 0);
    }
}
