namespace Briefing.Search;

/// <summary>What a search result is; results are grouped by kind, in this order.</summary>
public enum SearchKind
{
    Term,
    Paragraph,
    Section,
    Event,
}
