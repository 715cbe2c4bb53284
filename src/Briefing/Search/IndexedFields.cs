using System.Runtime.InteropServices;

namespace Briefing.Search;

/// <summary>
/// Every entry's fields read once, as word counts kept side by side in one list rather than an array per field:
/// a field is its kind, its length in indexed words and a range of that list. Also the average length of each
/// kind of field, which the scoring normalises by.
/// </summary>
internal sealed class IndexedFields
{
    private static readonly int KindCount = Enum.GetValues<SearchFieldKind>().Length;

    private readonly List<WordCount> _counts;
    private readonly Field[] _fields;
    private readonly int[] _firstField;
    private readonly double[] _averages;

    private IndexedFields(List<WordCount> counts, Field[] fields, int[] firstField, double[] averages) =>
        (_counts, _fields, _firstField, _averages) = (counts, fields, firstField, averages);

    /// <summary>The number of entries read.</summary>
    public int Entries => _firstField.Length - 1;

    /// <summary>The word counts of every field, in entry and field order.</summary>
    public ReadOnlySpan<WordCount> AllCounts => CollectionsMarshal.AsSpan(_counts);

    /// <summary>The fields of entry <paramref name="entry"/>, in their order.</summary>
    public ReadOnlySpan<Field> FieldsOf(int entry) => _fields.AsSpan(_firstField[entry].._firstField[entry + 1]);

    public ReadOnlySpan<WordCount> CountsOf(Field field) => AllCounts[field.Start..field.End];

    /// <summary>The average length of the fields of a kind that have any indexed word; 1 when there are none.</summary>
    public double AverageLength(SearchFieldKind kind) => _averages[(int)kind];

    public static IndexedFields Read(IReadOnlyList<SearchEntry> entries, Vocabulary vocabulary)
    {
        var splitter = new WordSplitter();
        SearchWordHandler add = vocabulary.Add;
        var fieldCount = 0;
        foreach (var entry in entries)
        {
            fieldCount += entry.Fields.Count;
        }

        var fields = new Field[fieldCount];
        var firstField = new int[entries.Count + 1];
        var counts = new List<WordCount>();
        var (lengths, nonEmpty) = (new long[KindCount], new int[KindCount]);
        var f = 0;
        for (var e = 0; e < entries.Count; e++)
        {
            firstField[e] = f;
            foreach (var field in entries[e].Fields)
            {
                splitter.ForEachWord(field.Text, add);
                var (length, start) = (vocabulary.Length, counts.Count);
                vocabulary.TakeCounts(counts);
                fields[f++] = new Field(field.Kind, length, start, counts.Count);
                if (length > 0)
                {
                    lengths[(int)field.Kind] += length;
                    nonEmpty[(int)field.Kind]++;
                }
            }
        }

        firstField[entries.Count] = f;

        // A sum of whole numbers is exact in a double, so this is the average of the lengths taken one by one.
        var averages = new double[KindCount];
        for (var kind = 0; kind < KindCount; kind++)
        {
            averages[kind] = nonEmpty[kind] == 0 ? 1 : (double)lengths[kind] / nonEmpty[kind];
        }

        return new IndexedFields(counts, fields, firstField, averages);
    }

    /// <summary>One field: <see cref="Length"/> indexed words, whose counts are <see cref="AllCounts"/>[Start..End].</summary>
    internal readonly record struct Field(SearchFieldKind Kind, int Length, int Start, int End);
}
