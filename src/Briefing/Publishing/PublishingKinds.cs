using Briefing.Core;

namespace Briefing.Publishing;

/// <summary>
/// The kind of the page a static host serves for every missing address (<see cref="AddNotFoundPage"/>): listed
/// nowhere and not indexed. Redirect pages are plain files, not pages, and have no kind.
/// </summary>
internal static class PublishingKinds
{
    public static readonly PageKind NotFound = new()
    {
        Name = "404",
        Label = "Page",
        ReadingRank = 8,
        Listed = false,
    };

    public static readonly IReadOnlyList<PageKind> All = [NotFound];
}
