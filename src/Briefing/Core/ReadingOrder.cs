namespace Briefing.Core;

/// <summary>
/// The order a reader meets the briefing's pages: by their kind's <see cref="PageKind.ReadingRank"/> (the
/// article first, then the overview, the summaries in their order, the timeline, other pages, and the
/// glossary's own entries), then by front matter order, title as the kind says, and path. A term's mentions,
/// the sitemap, the feed and the link index all list pages in this order, so every list comes out the same
/// on every build.
/// </summary>
internal static class ReadingOrder
{
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, Page> pageOf) =>
    [
        .. items
            .OrderBy(i => pageOf(i).Kind.ReadingRank)
            .ThenBy(i => pageOf(i).Order)
            .ThenBy(i => TitleKey(pageOf(i)), StringComparer.Ordinal)
            .ThenBy(i => pageOf(i).Path, StringComparer.Ordinal),
    ];

    private static string TitleKey(Page page) => page.Kind.TitleOrder switch
    {
        TitleOrder.Folded => SortKey.For(page.Title),
        TitleOrder.Ordinal => page.Title,
        _ => "",
    };
}
