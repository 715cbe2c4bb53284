using Briefing.Content;
using Briefing.Pipeline;

namespace Briefing.Publishing;

/// <summary>
/// The pages that outside lists name (sitemap, feed, link index): every laid-out page except the 404 page, in
/// reading order (home, articles, summaries, timeline, glossary, terms, other pages), then by their order and
/// path, so every list comes out the same on every build.
/// </summary>
public static class ListedPages
{
    private static readonly string[] KindOrder =
    [
        PageKinds.Home, PageKinds.Article, PageKinds.Summaries, PageKinds.Summary, PageKinds.Timeline,
        PageKinds.Glossary, PageKinds.Term, PageKinds.Page,
    ];

    public static IReadOnlyList<Document> From(IEnumerable<Document> documents) =>
    [
        .. documents
            .Where(d => d.Get<Page>(MetadataKeys.Page) is { Kind: not PageKinds.NotFound })
            .OrderBy(d => Rank(d.Require<Page>(MetadataKeys.Page).Kind))
            .ThenBy(d => d.Require<Page>(MetadataKeys.Page).Order)
            .ThenBy(d => d.Require<Page>(MetadataKeys.Page).Path, StringComparer.Ordinal),
    ];

    private static int Rank(string kind)
    {
        var index = Array.IndexOf(KindOrder, kind);
        return index < 0 ? KindOrder.Length : index;
    }
}
