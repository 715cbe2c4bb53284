namespace Briefing.Search;

/// <summary>
/// BM25F: each field's term frequency is normalised by the field's length against its average length, weighted
/// by the field's kind, summed, then saturated as in BM25 and multiplied by the word's inverse document
/// frequency. Computed once at build time per word and entry; the browser only adds the results up.
/// </summary>
internal static class SearchScoring
{
    public const double K1 = 1.2;

    public const double B = 0.75;

    /// <summary>How much more a word counts in a name or a heading than in running text.</summary>
    public static double WeightOf(SearchFieldKind kind) => kind switch
    {
        SearchFieldKind.Name => 5.0,
        SearchFieldKind.Title => 3.0,
        SearchFieldKind.Summary => 1.5,
        _ => 1.0,
    };

    /// <summary>The usual BM25 inverse document frequency, never negative.</summary>
    public static double Idf(int entries, int entriesWithWord) =>
        Math.Log(1 + ((entries - entriesWithWord + 0.5) / (entriesWithWord + 0.5)));

    /// <summary>One field's contribution to the weighted term frequency.</summary>
    public static double FieldFrequency(SearchFieldKind kind, int frequency, int length, double averageLength) =>
        WeightOf(kind) * frequency / (1 - B + (B * length / Math.Max(averageLength, 1)));

    public static double Score(double idf, double weightedFrequency) =>
        idf * weightedFrequency * (K1 + 1) / (weightedFrequency + K1);
}
