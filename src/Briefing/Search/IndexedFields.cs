namespace Briefing.Search;

/// <summary>
/// Every entry's fields read once, as word counts kept side by side in large blocks rather than an array per
/// field: a field is its kind, its length in indexed words and a range of one block. Also the average length of
/// each kind of field, which the scoring normalises by.
/// </summary>
/// <remarks>
/// Blocks of a fixed size, a new one begun when a field's counts do not fit the last, rather than one list that
/// doubles as it grows: the counts of a large site are tens of megabytes, and a doubling list would allocate
/// about twice that and copy it on the way.
/// </remarks>
internal sealed class IndexedFields
{
    private const int BlockSize = 32 * 1024;

    private static readonly int KindCount = Enum.GetValues<SearchFieldKind>().Length;

    private readonly List<WordCount[]> _blocks;
    private readonly Field[] _fields;
    private readonly int[] _firstField;
    private readonly double[] _averages;

    private IndexedFields(List<WordCount[]> blocks, Field[] fields, int[] firstField, double[] averages) =>
        (_blocks, _fields, _firstField, _averages) = (blocks, fields, firstField, averages);

    /// <summary>The number of entries read.</summary>
    public int Entries => _firstField.Length - 1;

    /// <summary>The fields of entry <paramref name="entry"/>, in their order.</summary>
    public ReadOnlySpan<Field> FieldsOf(int entry) => _fields.AsSpan(_firstField[entry].._firstField[entry + 1]);

    /// <summary>The field's word counts, each word once, in the order the words first occur in it.</summary>
    public ReadOnlySpan<WordCount> CountsOf(Field field) => _blocks[field.Block].AsSpan(field.Start, field.Words);

    /// <summary>The average length of the fields of a kind that have any indexed word; 1 when there are none.</summary>
    public double AverageLength(SearchFieldKind kind) => _averages[(int)kind];

    /// <summary>
    /// Reads the fields of <paramref name="entries"/>, which must come grouped by kind (entries are numbered in
    /// this order, and a kind's results are a range of numbers), and counts the entries of each kind into
    /// <paramref name="kindCounts"/>. Each entry is read as it comes and not kept.
    /// </summary>
    public static IndexedFields Read(IEnumerable<SearchEntry> entries, Vocabulary vocabulary, int[] kindCounts)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(kindCounts);
        var splitter = new WordSplitter();
        SearchWordHandler add = vocabulary.Add;
        var fields = new List<Field>();
        var firstField = new List<int>();
        var blocks = new List<WordCount[]>();
        var used = 0;
        var (lengths, nonEmpty) = (new long[KindCount], new int[KindCount]);
        var lastKind = (SearchKind)0;
        foreach (var entry in entries)
        {
            if (entry.Kind < lastKind)
            {
                throw new ArgumentException($"Entries must come grouped by kind: a {entry.Kind} entry ('{entry.Url}') follows a {lastKind} one.", nameof(entries));
            }

            lastKind = entry.Kind;
            kindCounts[(int)entry.Kind]++;
            firstField.Add(fields.Count);
            foreach (var field in entry.Fields)
            {
                splitter.ForEachWord(field.Text, add);
                var (length, words) = (vocabulary.Length, vocabulary.Different);
                if (blocks.Count == 0 || used + words > blocks[^1].Length)
                {
                    blocks.Add(new WordCount[Math.Max(BlockSize, words)]);
                    used = 0;
                }

                vocabulary.TakeCounts(blocks[^1].AsSpan(used, words));
                fields.Add(new Field(field.Kind, length, blocks.Count - 1, used, words));
                used += words;
                if (length > 0)
                {
                    lengths[(int)field.Kind] += length;
                    nonEmpty[(int)field.Kind]++;
                }
            }
        }

        firstField.Add(fields.Count);

        // A sum of whole numbers is exact in a double, so this is the average of the lengths taken one by one.
        var averages = new double[KindCount];
        for (var kind = 0; kind < KindCount; kind++)
        {
            averages[kind] = nonEmpty[kind] == 0 ? 1 : (double)lengths[kind] / nonEmpty[kind];
        }

        return new IndexedFields(blocks, [.. fields], [.. firstField], averages);
    }

    /// <summary>One field: <see cref="Length"/> indexed words, of which <see cref="Words"/> different, counted in block <see cref="Block"/> from <see cref="Start"/>.</summary>
    internal readonly record struct Field(SearchFieldKind Kind, int Length, int Block, int Start, int Words);
}
