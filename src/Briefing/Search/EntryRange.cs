namespace Briefing.Search;

/// <summary>The entries of one entries file: <paramref name="Count"/> consecutive entries from <paramref name="First"/>.</summary>
internal readonly record struct EntryRange(IReadOnlyList<SearchEntry> All, int First, int Count)
{
    public SearchEntry this[int index] => All[First + index];

    /// <summary>The site paths the file links to: each entry's own, then the pages citing it, each path once.</summary>
    public IReadOnlyList<string> Links()
    {
        var links = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            var entry = this[i];
            AddOnce(links, entry.Url);
            foreach (var link in entry.CitedBy)
            {
                AddOnce(links, link.Url);
            }
        }

        return links;
    }

    // A file holds a handful of entries, so looking through the list (ordinal, as strings compare) beats a set.
    private static void AddOnce(List<string> links, string url)
    {
        if (!links.Contains(url, StringComparer.Ordinal))
        {
            links.Add(url);
        }
    }
}
