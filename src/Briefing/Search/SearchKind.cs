namespace Briefing.Search;

/// <summary>What a search result is; results are grouped by kind, in this order.</summary>
internal enum SearchKind
{
    Term,
    Paragraph,
    Section,
    Event,
}
