using Briefing.Core;


namespace Briefing.Publishing;

/// <summary><c>sitemap.xml</c> in the sitemaps.org format: absolute URLs and, where known, the content's date.</summary>
internal static class Sitemap
{
    public const string FileName = "sitemap.xml";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(IEnumerable<(string Url, DateOnly? LastModified)> entries) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var (url, lastModified) in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, url);
            if (lastModified is { } date)
            {
                xml.WriteElementString("lastmod", Namespace, DateText.Iso(date));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
