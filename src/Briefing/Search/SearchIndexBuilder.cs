using System.Runtime.InteropServices;

namespace Briefing.Search;

/// <summary>
/// Turns entries into an inverted index: every indexed word with a quantised BM25F impact per entry, then the
/// words cut into parts by prefix so that the browser fetches only the part for what is being typed. A part
/// grows until it would exceed <see cref="PartBudget"/> bytes; then its words are split by one more character.
/// </summary>
/// <remarks>
/// Each field's text is read once. Words are numbered as they are first met (the vocabulary), so counting and
/// weighting work on arrays indexed by word number rather than on a dictionary per field and per entry.
/// </remarks>
internal static class SearchIndexBuilder
{
    /// <summary>The size a part may reach before it is split (a single word's postings may be larger).</summary>
    public const int PartBudget = 24 * 1024;

    public static SearchIndex Build(IReadOnlyList<SearchEntry> entries, int partBudget = PartBudget)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var vocabulary = new Vocabulary();
        var splitter = new WordSplitter();
        SearchWordHandler add = vocabulary.Add;
        var analysed = entries.Select(e => Analyse(e, splitter, vocabulary, add)).ToList();
        var averages = Enum.GetValues<SearchFieldKind>().ToDictionary(
            kind => kind,
            kind => analysed.SelectMany(a => a.Where(f => f.Kind == kind && f.Length > 0)).Select(f => (double)f.Length).DefaultIfEmpty(1).Average());

        // Word number → (entry, weighted frequency), entries ascending; the frequencies become scores below.
        var postings = new List<(int Entry, double Value)>?[vocabulary.Count];
        var weighted = new double[vocabulary.Count];
        var touched = new List<int>();
        for (var entry = 0; entry < analysed.Count; entry++)
        {
            foreach (var field in analysed[entry])
            {
                foreach (var (word, count) in field.Counts)
                {
                    if (weighted[word] == 0)
                    {
                        touched.Add(word);
                    }

                    // The sum starts at zero and adds the fields in their order, as a dictionary per entry did.
                    weighted[word] += SearchScoring.FieldFrequency(field.Kind, count, field.Length, averages[field.Kind]);
                }
            }

            foreach (var word in touched)
            {
                (postings[word] ??= []).Add((entry, weighted[word]));
                weighted[word] = 0;
            }

            touched.Clear();
        }

        var max = 0.0;
        foreach (var list in postings)
        {
            var span = CollectionsMarshal.AsSpan(list);
            var idf = SearchScoring.Idf(entries.Count, span.Length);
            for (var i = 0; i < span.Length; i++)
            {
                span[i].Value = SearchScoring.Score(idf, span[i].Value);
                max = Math.Max(max, span[i].Value);
            }
        }

        max = max > 0 ? max : 1;
        var words = Enumerable.Range(0, vocabulary.Count)
            .Where(word => postings[word] is not null)
            .OrderBy(vocabulary.WordOf, StringComparer.Ordinal)
            .Select(word => new KeyValuePair<string, string>(
                vocabulary.WordOf(word),
                PostingCodec.Encode(postings[word]!.Select(s => new SearchPosting(s.Entry, Quantise(s.Value, max))))))
            .ToList();

        var parts = new List<SearchPart>();
        Split(words, "", 0, partBudget, parts);
        return new SearchIndex(entries, parts);
    }

    /// <summary>The entry's fields as word counts; the same word in two fields of one kind counts in both.</summary>
    private static List<AnalysedField> Analyse(SearchEntry entry, WordSplitter splitter, Vocabulary vocabulary, SearchWordHandler add) =>
    [
        .. entry.Fields.Select(field =>
        {
            splitter.ForEachWord(field.Text, add);
            var length = vocabulary.Length;
            return new AnalysedField(field.Kind, length, vocabulary.TakeCounts());
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

    private sealed record AnalysedField(SearchFieldKind Kind, int Length, (int Word, int Count)[] Counts);
}
