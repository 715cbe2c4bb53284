namespace Briefing.Search;

/// <summary>
/// Turns entries into an inverted index: every indexed word with a quantised BM25F impact per entry, then the
/// words cut into parts by prefix so that the browser fetches only the part for what is being typed. A part
/// grows until it would exceed <see cref="PartBudget"/> bytes; then its words are split by one more character.
/// </summary>
/// <remarks>
/// Each field's text is read once. Words are numbered as they are first met (the vocabulary), so counting and
/// weighting work on arrays indexed by word number, and the counts and postings of all fields and words lie in
/// a few flat arrays (<see cref="IndexedFields"/>, <see cref="IndexPostings"/>) rather than one small
/// collection each.
/// </remarks>
internal static class SearchIndexBuilder
{
    /// <summary>The size a part may reach before it is split (a single word's postings may be larger).</summary>
    public const int PartBudget = 24 * 1024;

    /// <summary>The index of <paramref name="entries"/>, which come grouped by kind and are read once, each as it comes.</summary>
    public static SearchIndex Build(IEnumerable<SearchEntry> entries, int partBudget = PartBudget)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var vocabulary = new Vocabulary();
        var kindCounts = new int[Enum.GetValues<SearchKind>().Length];
        var postings = IndexPostings.Of(IndexedFields.Read(entries, vocabulary, kindCounts), vocabulary.Count);

        // The words in ordinal order (they are all different, so any sort gives this order), with their postings.
        var order = new int[vocabulary.Count];
        var keys = new string[vocabulary.Count];
        var longest = 0;
        for (var word = 0; word < order.Length; word++)
        {
            (order[word], keys[word]) = (word, vocabulary.WordOf(word));
            longest = Math.Max(longest, postings.EntriesOf(word).Length);
        }

        Array.Sort(keys, order, StringComparer.Ordinal);
        var words = new KeyValuePair<string, string>[order.Length];
        var wordPostings = new SearchPosting[longest];
        for (var i = 0; i < order.Length; i++)
        {
            var entriesOf = postings.EntriesOf(order[i]);
            var impacts = postings.ImpactsOf(order[i]);
            for (var p = 0; p < entriesOf.Length; p++)
            {
                wordPostings[p] = new SearchPosting(entriesOf[p], impacts[p]);
            }

            words[i] = new(keys[i], PostingCodec.Encode(wordPostings.AsSpan(0, entriesOf.Length)));
        }

        var parts = new List<SearchPart>();
        new PartSplitter(words, partBudget, parts).Split(0, words.Length, "", 0);
        return new SearchIndex(kindCounts, parts);
    }
}
