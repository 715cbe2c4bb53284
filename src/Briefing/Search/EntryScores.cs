using System.Runtime.InteropServices;

namespace Briefing.Search;

/// <summary>
/// One entry's BM25F score for each of its words (<see cref="SearchScoring"/>): each field's weighted frequency of
/// the word, summed over the fields in their order, saturated and multiplied by the word's inverse document
/// frequency. Worked out entry by entry on arrays indexed by word number; used by one thread at a time.
/// </summary>
internal sealed class EntryScores(IndexedFields fields, double[] idf)
{
    private readonly double[] _weighted = new double[idf.Length];
    private readonly List<int> _touched = [];
    private readonly List<(int Word, double Score)> _scores = [];

    /// <summary>The entry's words, in the order they first occur in its fields, with their scores; valid until the next call.</summary>
    public ReadOnlySpan<(int Word, double Score)> Of(int entry)
    {
        foreach (var field in fields.FieldsOf(entry))
        {
            var average = fields.AverageLength(field.Kind);
            foreach (var (word, count) in fields.CountsOf(field))
            {
                if (_weighted[word] == 0)
                {
                    _touched.Add(word);
                }

                _weighted[word] += SearchScoring.FieldFrequency(field.Kind, count, field.Length, average);
            }
        }

        _scores.Clear();
        foreach (var word in _touched)
        {
            _scores.Add((word, SearchScoring.Score(idf[word], _weighted[word])));
            _weighted[word] = 0;
        }

        _touched.Clear();
        return CollectionsMarshal.AsSpan(_scores);
    }
}
