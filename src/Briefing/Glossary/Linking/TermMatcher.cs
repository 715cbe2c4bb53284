using System.Buffers;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Finds every glossary term in a text in one pass: whole words only, leftmost-longest, non-overlapping.
/// </summary>
/// <remarks>
/// Hand-written Aho–Corasick: no package available to the project offers multi-pattern matching with
/// whole-word boundaries over Unicode categories, per-pattern case sensitivity and apostrophe/whitespace
/// equivalence, and one regex per term would scan each page once per term.
/// Case-insensitive and case-sensitive patterns live in two automata (folded and unfolded text); both
/// record the longest whole-word occurrence at each start position, then one left-to-right sweep takes
/// the leftmost, longest one and skips past it. Build once; <see cref="FindAll"/> is safe to call from
/// several threads at once because nothing changes after construction.
/// </remarks>
internal sealed class TermMatcher
{
    private const int StackLimit = 512;

    private readonly string[] termIds;
    private readonly PatternAutomaton? caseInsensitive;
    private readonly PatternAutomaton? caseSensitive;

    /// <exception cref="DuplicateTermPatternException">Two different terms claim the same name.</exception>
    /// <exception cref="ArgumentException">A pattern has no text or no term id.</exception>
    public TermMatcher(IEnumerable<TermPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var termIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var insensitive = new Dictionary<string, TermPattern>(StringComparer.Ordinal);
        var sensitive = new Dictionary<string, TermPattern>(StringComparer.Ordinal);
        var order = new Dictionary<TermPattern, int>(ReferenceEqualityComparer.Instance);

        foreach (var pattern in patterns)
        {
            Validate(pattern);
            order.TryAdd(pattern, order.Count);
            termIndex.TryAdd(pattern.TermId, termIndex.Count);
            var keys = pattern.CaseSensitive ? sensitive : insensitive;
            var key = MatchCharacters.PatternKey(pattern.Text, pattern.CaseSensitive);
            if (!keys.TryAdd(key, pattern) && keys[key].TermId != pattern.TermId)
            {
                throw new DuplicateTermPatternException(keys[key], pattern);
            }
        }

        // A case-sensitive name whose folded form is also a case-insensitive name matches a subset of what
        // that name matches: fine for the same term (drop it), ambiguous for another.
        foreach (var (key, pattern) in sensitive.ToList())
        {
            if (insensitive.TryGetValue(MatchCharacters.PatternKey(key, caseSensitive: false), out var other))
            {
                if (other.TermId != pattern.TermId)
                {
                    var otherFirst = order[other] < order[pattern];
                    throw otherFirst
                        ? new DuplicateTermPatternException(other, pattern)
                        : new DuplicateTermPatternException(pattern, other);
                }

                sensitive.Remove(key);
            }
        }

        termIds = new string[termIndex.Count];
        foreach (var (id, index) in termIndex)
        {
            termIds[index] = id;
        }

        caseInsensitive = Build(insensitive, termIndex, foldCase: true);
        caseSensitive = Build(sensitive, termIndex, foldCase: false);
    }

    /// <summary>Non-overlapping whole-word matches in text order, each the longest starting at its position.</summary>
    public IReadOnlyList<TermMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || (caseInsensitive is null && caseSensitive is null))
        {
            return [];
        }

        // Most text nodes are short (between inline elements, or one paragraph): their scratch space lives on the
        // stack, because renting from the shared pool for every text node cost more than matching it.
        if (text.Length <= StackLimit)
        {
            Span<int> longest = stackalloc int[StackLimit];
            Span<int> terms = stackalloc int[StackLimit];
            return Collect(text, longest[..text.Length], terms[..text.Length]);
        }

        var longestRental = ArrayPool<int>.Shared.Rent(text.Length);
        var termRental = ArrayPool<int>.Shared.Rent(text.Length);
        try
        {
            return Collect(text, longestRental.AsSpan(0, text.Length), termRental.AsSpan(0, text.Length));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(longestRental);
            ArrayPool<int>.Shared.Return(termRental);
        }
    }

    /// <summary>
    /// Whether <see cref="FindAll"/> would find anything in <paramref name="text"/>; stops at the first whole-word
    /// occurrence, so it is a cheap test before work that only matters when a term occurs.
    /// </summary>
    public bool OccursIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (caseInsensitive?.OccursIn(text) ?? false) || (caseSensitive?.OccursIn(text) ?? false);
    }

    private List<TermMatch> Collect(string text, Span<int> longestAt, Span<int> termAt)
    {
        longestAt.Clear();
        caseInsensitive?.CollectLongestAtEachStart(text, longestAt, termAt);
        caseSensitive?.CollectLongestAtEachStart(text, longestAt, termAt);
        return TakeLeftmostLongest(longestAt, termAt);
    }

    private List<TermMatch> TakeLeftmostLongest(ReadOnlySpan<int> longestAt, ReadOnlySpan<int> termAt)
    {
        var matches = new List<TermMatch>();
        var start = 0;
        while (start < longestAt.Length)
        {
            var length = longestAt[start];
            if (length == 0)
            {
                start++;
                continue;
            }

            matches.Add(new TermMatch(start, length, termIds[termAt[start]]));
            start += length;
        }

        return matches;
    }

    private static void Validate(TermPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (string.IsNullOrWhiteSpace(pattern.Text))
        {
            throw new ArgumentException($"Term \"{pattern.TermId}\" has an empty name.", nameof(pattern));
        }

        if (string.IsNullOrEmpty(pattern.TermId))
        {
            throw new ArgumentException($"The name \"{pattern.Text}\" has no term id.", nameof(pattern));
        }
    }

    private static PatternAutomaton? Build(
        Dictionary<string, TermPattern> patterns, Dictionary<string, int> termIndex, bool foldCase)
    {
        if (patterns.Count == 0)
        {
            return null;
        }

        var keys = patterns.Select(p => (p.Key, termIndex[p.Value.TermId])).ToList();
        return new PatternAutomaton(keys, foldCase);
    }
}
