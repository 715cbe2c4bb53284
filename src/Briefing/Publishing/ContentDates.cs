using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Seeds;

namespace Briefing.Publishing;

/// <summary>
/// The date a page's content is from, for sitemaps and feeds: the page's own date, else the newest article's date
/// (a summary is as new as what it summarises). Never the build time, so rebuilding changes nothing.
/// </summary>
internal sealed class ContentDates
{
    private ContentDates(DateOnly? newestArticle) => NewestArticle = newestArticle;

    /// <summary>The newest date of any article, or null when no article is dated.</summary>
    public DateOnly? NewestArticle { get; }

    public static ContentDates From(IEnumerable<Document> pages) =>
        new(pages.Select(d => d.Get(SeedKeys.Article)?.Seed.Date).Max());

    public DateOnly? For(Page page) => page.Date ?? NewestArticle;

    /// <summary>Midnight UTC of a date in RFC 3339, as Atom wants it.</summary>
    public static string Rfc3339(DateOnly date) =>
        date.ToString("yyyy-MM-dd'T00:00:00Z'", System.Globalization.CultureInfo.InvariantCulture);
}
