namespace Briefing.Publishing;

/// <summary>
/// <c>robots.txt</c>: everything may be crawled, and the sitemap is named by its absolute URL. Crawlers read this
/// file only at a domain root; under a project path it does no harm and the sitemap can be submitted directly.
/// </summary>
internal static class RobotsTxt
{
    public const string FileName = "robots.txt";

    public static string Write(string sitemapUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n";
}
