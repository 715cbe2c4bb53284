using Briefing.Core;


namespace Briefing.Publishing;

/// <summary>
/// <c>feed.xml</c>, an Atom feed (RFC 4287) of the briefing's pages. Entry ids are the pages' URLs and every date
/// comes from the content, so the feed only changes when the briefing does.
/// </summary>
internal static class AtomFeed
{
    public const string FileName = FeedFile.Path;

    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The date used when no page or article is dated at all: a fixed value rather than the build time.</summary>
    public static readonly DateOnly Undated = new(1970, 1, 1);

    public static string Write(SiteSettings settings, SiteUrls urls, IReadOnlyList<FeedEntry> entries) => XmlText.Write(xml =>
    {
        var home = urls.Absolute("");
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, settings.Language);
        xml.WriteElementString("title", Namespace, settings.Title);
        if (settings.Description is { } description)
        {
            xml.WriteElementString("subtitle", Namespace, description);
        }

        WriteLink(xml, "alternate", "text/html", home);
        WriteLink(xml, "self", "application/atom+xml", urls.Absolute(FileName));
        xml.WriteElementString("id", Namespace, home);
        xml.WriteElementString("updated", Namespace, ContentDates.Rfc3339(entries.Count == 0 ? Undated : entries.Max(e => e.Updated)));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, settings.Publisher ?? settings.Title);
        xml.WriteEndElement();

        foreach (var entry in entries)
        {
            xml.WriteStartElement("entry", Namespace);
            xml.WriteElementString("title", Namespace, entry.Title);
            WriteLink(xml, "alternate", "text/html", entry.Url);
            xml.WriteElementString("id", Namespace, entry.Url);
            if (entry.Published is { } published)
            {
                xml.WriteElementString("published", Namespace, ContentDates.Rfc3339(published));
            }

            xml.WriteElementString("updated", Namespace, ContentDates.Rfc3339(entry.Updated));
            if (entry.Summary is { } summary)
            {
                xml.WriteElementString("summary", Namespace, summary);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void WriteLink(System.Xml.XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
