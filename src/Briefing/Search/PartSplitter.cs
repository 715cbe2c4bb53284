namespace Briefing.Search;

/// <summary>
/// Cuts the index's words, in ordinal order, into parts by prefix (<see cref="SearchIndexBuilder"/>). The words
/// that start with a prefix lie side by side in that order, so every part is a range of the one array of words,
/// and the size of a range is a difference of running totals.
/// </summary>
internal sealed class PartSplitter
{
    private readonly KeyValuePair<string, string>[] _words;
    private readonly int _budget;
    private readonly List<SearchPart> _parts;

    // _sizeBefore[i]: the size of words [0, i) as a part counts it; _lengths[i]: word i's length in code points.
    private readonly long[] _sizeBefore;
    private readonly int[] _lengths;

    public PartSplitter(KeyValuePair<string, string>[] words, int budget, List<SearchPart> parts)
    {
        (_words, _budget, _parts) = (words, budget, parts);
        _sizeBefore = new long[words.Length + 1];
        _lengths = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            _sizeBefore[i + 1] = _sizeBefore[i] + words[i].Key.Length + words[i].Value.Length + 6;
            _lengths[i] = SearchText.Length(words[i].Key);
        }
    }

    /// <summary>
    /// Adds the parts of words [<paramref name="start"/>, <paramref name="end"/>), which all start with
    /// <paramref name="prefix"/> of <paramref name="depth"/> code points: one part if they fit the budget or none
    /// is longer than the prefix; otherwise the word that is the prefix itself (if any) in its own part, then the
    /// rest grouped by one more code point.
    /// </summary>
    public void Split(int start, int end, string prefix, int depth)
    {
        if (start == end)
        {
            return;
        }

        if (_sizeBefore[end] - _sizeBefore[start] <= _budget || LongestIn(start, end) <= depth)
        {
            _parts.Add(Part(prefix, start, end));
            return;
        }

        // Words no longer than the prefix stay in its part: only the prefix itself can be one, and it sorts first.
        var shortEnd = start;
        while (shortEnd < end && _lengths[shortEnd] <= depth)
        {
            shortEnd++;
        }

        if (shortEnd > start)
        {
            _parts.Add(Part(prefix, start, shortEnd));
        }

        // The rest go one character deeper: a group is the run of words that start with the same longer prefix.
        for (var group = shortEnd; group < end;)
        {
            var key = SearchText.Prefix(_words[group].Key, depth + 1);
            var groupEnd = group + 1;
            while (groupEnd < end && _words[groupEnd].Key.StartsWith(key, StringComparison.Ordinal))
            {
                groupEnd++;
            }

            Split(group, groupEnd, key, depth + 1);
            group = groupEnd;
        }
    }

    private int LongestIn(int start, int end)
    {
        var longest = 0;
        for (var i = start; i < end; i++)
        {
            longest = Math.Max(longest, _lengths[i]);
        }

        return longest;
    }

    private SearchPart Part(string prefix, int start, int end) => new(prefix, new ArraySegment<KeyValuePair<string, string>>(_words, start, end - start));
}
