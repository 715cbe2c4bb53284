namespace Briefing.Search;

/// <summary>The built index: the entries (numbered by position) and the word parts fetched by prefix.</summary>
internal sealed record SearchIndex(IReadOnlyList<SearchEntry> Entries, IReadOnlyList<SearchPart> Parts);
