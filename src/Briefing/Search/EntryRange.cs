namespace Briefing.Search;

/// <summary>The entries of one entries file: the first <paramref name="Count"/> of <paramref name="Entries"/>.</summary>
internal readonly record struct EntryRange(IReadOnlyList<SearchEntry> Entries, int Count)
{
    public SearchEntry this[int index] => Entries[index];

    /// <summary>The pages citing an entry that its file names (the rest are only counted).</summary>
    public static IEnumerable<SearchLink> CitingPagesShown(SearchEntry entry) => entry.CitedBy.Take(SearchIndexFiles.CitingPagesShown);

    /// <summary>The site paths the file links to: each entry's own, then the pages citing it that it names, each path once.</summary>
    public IReadOnlyList<string> Links()
    {
        // A set rather than a look through the list, which grows with the entries' citing pages.
        var links = new List<string>(Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            var entry = this[i];
            if (seen.Add(entry.Url))
            {
                links.Add(entry.Url);
            }

            foreach (var link in CitingPagesShown(entry))
            {
                if (seen.Add(link.Url))
                {
                    links.Add(link.Url);
                }
            }
        }

        return links;
    }
}
