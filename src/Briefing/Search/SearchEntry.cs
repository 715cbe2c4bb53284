namespace Briefing.Search;

/// <summary>
/// One thing the search can find: a glossary term, an article paragraph, a section of a page or a timeline
/// event. <see cref="Url"/> is a site path ("articles/x/#p15", "" for the home page); <see cref="Title"/> the
/// result's first line (name, ¶ number, heading, event title); <see cref="Context"/> what it belongs to
/// (article, page, date); <see cref="Snippet"/> the text the result's snippet is cut from; <see cref="Fields"/>
/// what is scored; <see cref="CitedBy"/> the pages that cite a paragraph.
/// </summary>
internal sealed record SearchEntry(
    SearchKind Kind,
    string Url,
    string Title,
    string Context,
    string Snippet,
    IReadOnlyList<SearchField> Fields)
{
    public IReadOnlyList<SearchLink> CitedBy { get; init; } = [];
}
