namespace Briefing.Search;

/// <summary>
/// Turns entries into an inverted index: every indexed word with a quantised BM25F impact per entry, then the
/// words cut into parts by prefix so that the browser fetches only the part for what is being typed. A part
/// grows until it would exceed <see cref="PartBudget"/> bytes; then its words are split by one more character.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The size a part may reach before it is split (a single word's postings may be larger).</summary>
    public const int PartBudget = 24 * 1024;

    public static SearchIndex Build(IReadOnlyList<SearchEntry> entries, int partBudget = PartBudget)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var analysed = entries.Select(Analyse).ToList();
        var averages = Enum.GetValues<SearchFieldKind>().ToDictionary(
            kind => kind,
            kind => analysed.SelectMany(a => a.Where(f => f.Kind == kind && f.Length > 0)).Select(f => (double)f.Length).DefaultIfEmpty(1).Average());

        var frequencies = new Dictionary<string, List<(int Entry, double Frequency)>>(StringComparer.Ordinal);
        for (var entry = 0; entry < analysed.Count; entry++)
        {
            var weighted = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var field in analysed[entry])
            {
                foreach (var (word, count) in field.Counts)
                {
                    weighted[word] = weighted.GetValueOrDefault(word)
                        + SearchScoring.FieldFrequency(field.Kind, count, field.Length, averages[field.Kind]);
                }
            }

            foreach (var (word, frequency) in weighted)
            {
                if (!frequencies.TryGetValue(word, out var list))
                {
                    frequencies[word] = list = [];
                }

                list.Add((entry, frequency));
            }
        }

        var scores = frequencies.ToDictionary(
            pair => pair.Key,
            pair =>
            {
                var idf = SearchScoring.Idf(entries.Count, pair.Value.Count);
                return pair.Value.Select(p => (p.Entry, Score: SearchScoring.Score(idf, p.Frequency))).ToList();
            },
            StringComparer.Ordinal);
        var max = scores.Values.SelectMany(s => s).Select(s => s.Score).DefaultIfEmpty(1).Max();
        var words = scores
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new KeyValuePair<string, string>(
                pair.Key,
                PostingCodec.Encode(pair.Value.Select(s => new SearchPosting(s.Entry, Quantise(s.Score, max))))))
            .ToList();

        var parts = new List<SearchPart>();
        Split(words, "", 0, partBudget, parts);
        return new SearchIndex(entries, parts);
    }

    /// <summary>The entry's fields as word counts; the same word in two fields of one kind counts in both.</summary>
    private static List<AnalysedField> Analyse(SearchEntry entry) =>
    [
        .. entry.Fields.Select(field =>
        {
            var words = SearchText.IndexedWords(field.Text).ToList();
            var counts = words.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return new AnalysedField(field.Kind, words.Count, counts);
        }),
    ];

    private static int Quantise(double score, double max) =>
        Math.Clamp((int)Math.Round(score / max * PostingCodec.MaxImpact, MidpointRounding.AwayFromZero), 1, PostingCodec.MaxImpact);

    private static void Split(List<KeyValuePair<string, string>> words, string prefix, int depth, int budget, List<SearchPart> parts)
    {
        if (words.Count == 0)
        {
            return;
        }

        if (words.Sum(SizeOf) <= budget || words.All(w => SearchText.Length(w.Key) <= depth))
        {
            parts.Add(new SearchPart(prefix, words));
            return;
        }

        // Words no longer than the prefix stay in its part; the rest go one character deeper.
        var (shortWords, longer) = (words.Where(w => SearchText.Length(w.Key) <= depth).ToList(), words.Where(w => SearchText.Length(w.Key) > depth));
        if (shortWords.Count > 0)
        {
            parts.Add(new SearchPart(prefix, shortWords));
        }

        foreach (var group in longer.GroupBy(w => SearchText.Prefix(w.Key, depth + 1), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Split([.. group], group.Key, depth + 1, budget, parts);
        }
    }

    private static int SizeOf(KeyValuePair<string, string> word) => word.Key.Length + word.Value.Length + 6;

    private sealed record AnalysedField(SearchFieldKind Kind, int Length, Dictionary<string, int> Counts);
}
