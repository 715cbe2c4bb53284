namespace Briefing.Core;

/// <summary>
/// The order a reader meets the briefing's pages: the article first, then the overview, the summaries in their
/// order, the timeline, other pages, and the glossary's own entries. A term's mentions, the sitemap, the feed
/// and the link index all list pages in this order, so every list comes out the same on every build.
/// </summary>
public static class ReadingOrder
{
    private static readonly string[] Kinds =
    [
        PageKinds.Article, PageKinds.Home, PageKinds.Summaries, PageKinds.Summary, PageKinds.Timeline,
        PageKinds.Page, PageKinds.Glossary, PageKinds.Term,
    ];

    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, Page> pageOf) =>
    [
        .. items
            .OrderBy(i => Rank(pageOf(i).Kind))
            .ThenBy(i => pageOf(i).Order)
            .ThenBy(i => TitleKey(pageOf(i)), StringComparer.Ordinal)
            .ThenBy(i => pageOf(i).Path, StringComparer.Ordinal),
    ];

    // Summaries go by order then title, as in the navigation; terms as in the A–Z index; the rest by path.
    private static string TitleKey(Page page) => page.Kind switch
    {
        PageKinds.Term => SortKey.For(page.Title),
        PageKinds.Summary => page.Title,
        _ => "",
    };

    private static int Rank(string kind)
    {
        var index = Array.IndexOf(Kinds, kind);
        return index < 0 ? Kinds.Length : index;
    }
}
