namespace Briefing.Search;

/// <summary>
/// The built index: how many entries of each kind it numbers (entries are numbered kind after kind, in
/// <see cref="SearchKind"/>'s order) and the word parts fetched by prefix.
/// </summary>
internal sealed record SearchIndex(IReadOnlyList<int> KindCounts, IReadOnlyList<SearchPart> Parts)
{
    public int EntryCount => KindCounts.Sum();

    /// <summary>The number of the first entry of <paramref name="kind"/>.</summary>
    public int FirstOf(SearchKind kind) => KindCounts.Take((int)kind).Sum();
}
