using Briefing.Core;

namespace Briefing.Seeds;

/// <summary>The kind of page the seeds make: one article page per seed.</summary>
internal static class SeedKinds
{
    public static readonly PageKind Article = new()
    {
        Name = "article",
        Label = "Article",
        ReadingRank = 0,
        Navigation = new NavigationEntry(1, "Article"),
        JsonLdType = "Article",
    };

    public static readonly IReadOnlyList<PageKind> All = [Article];
}
