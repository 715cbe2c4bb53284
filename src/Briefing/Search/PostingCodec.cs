namespace Briefing.Search;

/// <summary>
/// Writes a word's postings (entry number and impact, by ascending entry) as text that needs no escaping in
/// JSON: each posting is the gap to the previous entry minus one as a variable-length number, then the impact
/// as one character. Characters come from the URL-safe base-64 alphabet; in a number each carries five bits,
/// and the sixth says that another character follows. A dense list costs two characters a posting.
/// </summary>
/// <remarks>Hand-written because it is a dozen lines and the browser's decoder (search.js) must mirror it.</remarks>
internal static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Impacts go from 1 to this.</summary>
    public const int MaxImpact = 31;

    public static string Encode(ReadOnlySpan<SearchPosting> postings) =>
        string.Create(EncodedLength(postings), postings, static (text, postings) =>
        {
            var (at, previous) = (0, -1);
            foreach (var posting in postings)
            {
                var gap = posting.Entry - previous - 1;
                while (gap >= 32)
                {
                    text[at++] = Alphabet[32 | (gap & 31)];
                    gap >>= 5;
                }

                text[at++] = Alphabet[gap];
                text[at++] = Alphabet[posting.Impact];
                previous = posting.Entry;
            }
        });

    // Checks the postings while it counts, so that the text is made in one go at its final size.
    private static int EncodedLength(ReadOnlySpan<SearchPosting> postings)
    {
        var (length, previous) = (0, -1);
        foreach (var posting in postings)
        {
            if (posting.Entry <= previous || posting.Impact is < 1 or > MaxImpact)
            {
                throw new ArgumentException("Postings must be in ascending entry order with impacts from 1 to 31.", nameof(postings));
            }

            var gap = posting.Entry - previous - 1;
            for (length += 2; gap >= 32; gap >>= 5)
            {
                length++;
            }

            previous = posting.Entry;
        }

        return length;
    }

    public static IReadOnlyList<SearchPosting> Decode(string text)
    {
        var postings = new List<SearchPosting>();
        var previous = -1;
        var i = 0;
        while (i < text.Length)
        {
            var gap = 0;
            var shift = 0;
            int digit;
            do
            {
                digit = Alphabet.IndexOf(text[i++], StringComparison.Ordinal);
                gap |= (digit & 31) << shift;
                shift += 5;
            }
            while ((digit & 32) != 0);

            previous += gap + 1;
            postings.Add(new SearchPosting(previous, Alphabet.IndexOf(text[i++], StringComparison.Ordinal)));
        }

        return postings;
    }
}
