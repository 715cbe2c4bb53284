using Briefing.Core;

namespace Briefing.Glossary;

/// <summary>
/// The glossary's kinds of page: the A–Z index and one page per term. Both come last in reading order; terms
/// sort as the index lists them, stay out of the feed and count as inside the glossary in the navigation.
/// </summary>
internal static class GlossaryKinds
{
    public static readonly PageKind Index = new()
    {
        Name = "glossary",
        Label = "Glossary",
        ReadingRank = 6,
        Navigation = new NavigationEntry(4, "Glossary"),
        SearchBody = false,
    };

    public static readonly PageKind Term = new()
    {
        Name = "term",
        Label = "Glossary",
        ReadingRank = 7,
        TitleOrder = TitleOrder.Folded,
        InFeed = false,
        Section = Index.Name,
    };

    public static readonly IReadOnlyList<PageKind> All = [Index, Term];
}
