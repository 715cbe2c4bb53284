namespace Briefing.Search;

/// <summary>
/// Every word's postings: the entries that hold it, ascending, each with its quantised BM25F impact. The postings
/// of all words lie side by side in two arrays, word <c>w</c>'s in one range of each, instead of a growing list
/// per word.
/// </summary>
/// <remarks>
/// An impact is a score divided by the highest score of the index, so the scores are worked out twice: once for
/// the highest, once for the impacts. That costs a few milliseconds and saves holding a score per posting.
/// </remarks>
internal sealed class IndexPostings
{
    private readonly int[] _offsets;
    private readonly int[] _entries;
    private readonly byte[] _impacts;

    private IndexPostings(int[] offsets, int[] entries, byte[] impacts) => (_offsets, _entries, _impacts) = (offsets, entries, impacts);

    /// <summary>The entries that hold word <paramref name="word"/>, ascending.</summary>
    public ReadOnlySpan<int> EntriesOf(int word) => _entries.AsSpan(_offsets[word].._offsets[word + 1]);

    /// <summary>The word's impact (1 to <see cref="PostingCodec.MaxImpact"/>) in each of <see cref="EntriesOf"/>.</summary>
    public ReadOnlySpan<byte> ImpactsOf(int word) => _impacts.AsSpan(_offsets[word].._offsets[word + 1]);

    public static IndexPostings Of(IndexedFields fields, int words)
    {
        var offsets = EntriesHolding(fields, words);
        var idf = new double[words];
        for (var word = 0; word < words; word++)
        {
            idf[word] = SearchScoring.Idf(fields.Entries, offsets[word + 1] - offsets[word]);
        }

        var scores = new EntryScores(fields, idf);
        var max = 0.0;
        for (var entry = 0; entry < fields.Entries; entry++)
        {
            foreach (var (_, score) in scores.Of(entry))
            {
                max = Math.Max(max, score);
            }
        }

        max = max > 0 ? max : 1;
        var next = offsets[..words];
        var entries = new int[offsets[words]];
        var impacts = new byte[offsets[words]];
        for (var entry = 0; entry < fields.Entries; entry++)
        {
            foreach (var (word, score) in scores.Of(entry))
            {
                var at = next[word]++;
                (entries[at], impacts[at]) = (entry, Quantise(score, max));
            }
        }

        return new IndexPostings(offsets, entries, impacts);
    }

    // offsets[w] is where word w's postings begin: the number of postings (entries holding a word) of the words before it.
    private static int[] EntriesHolding(IndexedFields fields, int words)
    {
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

        return offsets;
    }

    private static byte Quantise(double score, double max) =>
        (byte)Math.Clamp((int)Math.Round(score / max * PostingCodec.MaxImpact, MidpointRounding.AwayFromZero), 1, PostingCodec.MaxImpact);
}
