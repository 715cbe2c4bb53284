namespace Briefing.Search;

/// <summary>
/// Every word's BM25F scores, one per entry that holds the word, by ascending entry: the postings of all words
/// side by side in two arrays (entry numbers and scores), word <c>w</c>'s at <c>[Start(w)..End(w)]</c>, instead
/// of a growing list per word.
/// </summary>
internal sealed class ScoredPostings
{
    private readonly int[] _offsets;
    private readonly int[] _entries;
    private readonly double[] _scores;

    private ScoredPostings(int[] offsets, int[] entries, double[] scores) => (_offsets, _entries, _scores) = (offsets, entries, scores);

    /// <summary>The highest score of any word in any entry, or 0 when there is none.</summary>
    public double Max { get; private init; }

    /// <summary>The entries that hold word <paramref name="word"/>, ascending.</summary>
    public ReadOnlySpan<int> EntriesOf(int word) => _entries.AsSpan(_offsets[word].._offsets[word + 1]);

    /// <summary>The word's score in each of <see cref="EntriesOf"/>.</summary>
    public ReadOnlySpan<double> ScoresOf(int word) => _scores.AsSpan(_offsets[word].._offsets[word + 1]);

    public static ScoredPostings Score(IndexedFields fields, int words)
    {
        // First how many entries hold each word, so that each word's postings get their place in the arrays.
        var offsets = new int[words + 1];
        var lastEntry = new int[words];
        for (var entry = 0; entry < fields.Entries; entry++)
        {
            foreach (var field in fields.FieldsOf(entry))
            {
                foreach (var count in fields.CountsOf(field))
                {
                    if (lastEntry[count.Word] != entry + 1)
                    {
                        lastEntry[count.Word] = entry + 1;
                        offsets[count.Word + 1]++;
                    }
                }
            }
        }

        for (var word = 0; word < words; word++)
        {
            offsets[word + 1] += offsets[word];
        }

        // Then each entry's weighted frequency of each of its words, the fields summed in their order.
        var next = lastEntry;
        offsets.AsSpan(0, words).CopyTo(next);
        var entries = new int[offsets[words]];
        var scores = new double[offsets[words]];
        var weighted = new double[words];
        var touched = new List<int>();
        for (var entry = 0; entry < fields.Entries; entry++)
        {
            foreach (var field in fields.FieldsOf(entry))
            {
                var average = fields.AverageLength(field.Kind);
                foreach (var (word, count) in fields.CountsOf(field))
                {
                    if (weighted[word] == 0)
                    {
                        touched.Add(word);
                    }

                    weighted[word] += SearchScoring.FieldFrequency(field.Kind, count, field.Length, average);
                }
            }

            foreach (var word in touched)
            {
                var at = next[word]++;
                (entries[at], scores[at]) = (entry, weighted[word]);
                weighted[word] = 0;
            }

            touched.Clear();
        }

        // The weighted frequencies become scores.
        var max = 0.0;
        for (var word = 0; word < words; word++)
        {
            var idf = SearchScoring.Idf(fields.Entries, offsets[word + 1] - offsets[word]);
            foreach (ref var score in scores.AsSpan(offsets[word]..offsets[word + 1]))
            {
                score = SearchScoring.Score(idf, score);
                max = Math.Max(max, score);
            }
        }

        return new ScoredPostings(offsets, entries, scores) { Max = max };
    }
}
