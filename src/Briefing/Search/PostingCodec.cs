using System.Text;

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

    public static string Encode(IEnumerable<SearchPosting> postings)
    {
        var text = new StringBuilder();
        var previous = -1;
        foreach (var posting in postings)
        {
            if (posting.Entry <= previous || posting.Impact is < 1 or > MaxImpact)
            {
                throw new ArgumentException("Postings must be in ascending entry order with impacts from 1 to 31.", nameof(postings));
            }

            var gap = posting.Entry - previous - 1;
            while (gap >= 32)
            {
                text.Append(Alphabet[32 | (gap & 31)]);
                gap >>= 5;
            }

            text.Append(Alphabet[gap]);
            text.Append(Alphabet[posting.Impact]);
            previous = posting.Entry;
        }

        return text.ToString();
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
