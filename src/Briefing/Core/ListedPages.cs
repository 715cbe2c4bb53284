using Briefing.Pipeline;

namespace Briefing.Core;

/// <summary>
/// The pages that outside lists name (sitemap, feed, link index): every laid-out page of a
/// <see cref="PageKind.Listed"/> kind (all but the 404 page), in
/// <see cref="ReadingOrder"/>.
/// </summary>
internal static class ListedPages
{
    public static IReadOnlyList<Document> From(IEnumerable<Document> documents) =>
        ReadingOrder.Sort(
            documents.Where(d => d.Get(CoreKeys.Page) is { Kind.Listed: true }),
            d => d.Require(CoreKeys.Page));
}
