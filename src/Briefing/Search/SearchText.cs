using System.Globalization;
using System.Text;

namespace Briefing.Search;

/// <summary>
/// How the search reads text, in the build and in the browser alike: case and diacritics folded, <c>'</c> and
/// <c>’</c> the same, words split at anything that is not a letter or a digit, apostrophes inside a word
/// dropped ("Russia’s" is the word <c>russias</c>, which the query "Russia" finds as a prefix).
/// </summary>
/// <remarks>
/// Hand-written rather than taken from a library (Lucene's analyzers, for instance) because
/// <c>theme/assets/search.js</c> must split a query exactly the same way, step for step; a library on one side
/// only would drift from the other. Both are tested against one word list. Words are not stemmed: the word
/// being typed is matched as a prefix ("remit" finds "remittances", "sanction" finds "sanctions"), which covers
/// the inflections a reader types without a second stemmer in the browser that would have to agree with this
/// one, and without stems that surprise ("remittances" → "remitt") when the match is highlighted.
/// </remarks>
internal static class SearchText
{
    /// <summary>
    /// Function words left out of the index: they occur in nearly every passage, weigh nothing in the scoring
    /// and would make the index parts for their prefixes large. The browser receives this list with the index.
    /// A stop word still works as the prefix being typed ("in" finds "invasion").
    /// </summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its", "of", "on", "or",
        "that", "the", "this", "to", "was", "were", "with",
    ];

    private static readonly HashSet<string> StopWordSet = new(StopWords, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(string word) => StopWordSet.Contains(word);

    /// <summary>Lower case without diacritics: decompose (NFD), drop non-spacing marks, lower-case, then fold the
    /// few letters that do not decompose.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most of a briefing is ASCII, where decomposing changes nothing and lower case is all there is to do.
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormD).AsSpan();
        var folded = new StringBuilder(decomposed.Length);
        Span<char> units = stackalloc char[2];
        var i = 0;
        while (i < decomposed.Length)
        {
            if (char.IsAscii(decomposed[i]))
            {
                folded.Append(char.ToLowerInvariant(decomposed[i++]));
                continue;
            }

            Rune.DecodeFromUtf16(decomposed[i..], out var rune, out var length);
            i += length;
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            switch (lower.Value)
            {
                case 'ß': folded.Append("ss"); break;
                case 'æ': folded.Append("ae"); break;
                case 'œ': folded.Append("oe"); break;
                case 'ø': folded.Append('o'); break;
                case 'đ' or 'ð': folded.Append('d'); break;
                case 'ł': folded.Append('l'); break;
                case 'ı': folded.Append('i'); break;
                case 'ə': folded.Append('e'); break;
                case 'þ': folded.Append("th"); break;
                case 'ς': folded.Append('σ'); break;
                case '’' or '‘' or 'ʼ' or '′': folded.Append('\''); break;
                default: folded.Append(units[..lower.EncodeToUtf16(units)]); break;
            }
        }

        return folded.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>, in order, stop words included.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        ForEachWord(text, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>
    /// Hands each indexed word of <paramref name="text"/> (<see cref="IndexedWords"/>) to <paramref name="onWord"/>
    /// as characters, and returns how many there were.
    /// </summary>
    /// <remarks>
    /// The index builder's way in: one pass over the text and no string per word, so a word already known is found
    /// by its characters (a dictionary's alternate lookup) and only new words become strings.
    /// </remarks>
    public static int ForEachIndexedWord(string text, SearchWordHandler onWord)
    {
        ArgumentNullException.ThrowIfNull(onWord);
        var total = 0;
        ForEachWord(text, word =>
        {
            if (!StopWordLookup.Contains(word))
            {
                onWord(word);
                total++;
            }
        });
        return total;
    }

    // One pass over the folded text. A word's characters are gathered in one buffer: an apostrophe inside a word
    // is dropped, so a word is not always a slice of the text.
    private static void ForEachWord(string text, SearchWordHandler onWord)
    {
        var folded = Fold(text).AsSpan();
        Span<char> word = folded.Length <= 512 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    word[length++] = c;
                }
                else if (c == '\'' && length > 0 && i + 1 < folded.Length && IsLetterOrDigitAt(folded, i + 1))
                {
                    // An apostrophe inside a word joins its two sides.
                }
                else if (length > 0)
                {
                    onWord(word[..length]);
                    length = 0;
                }

                i++;
                continue;
            }

            Rune.DecodeFromUtf16(folded[i..], out var rune, out var units);
            if (Rune.IsLetterOrDigit(rune))
            {
                folded.Slice(i, units).CopyTo(word[length..]);
                length += units;
            }
            else if (length > 0)
            {
                onWord(word[..length]);
                length = 0;
            }

            i += units;
        }

        if (length > 0)
        {
            onWord(word[..length]);
        }
    }

    private static bool IsLetterOrDigitAt(ReadOnlySpan<char> text, int index)
    {
        Rune.DecodeFromUtf16(text[index..], out var rune, out _);
        return Rune.IsLetterOrDigit(rune);
    }

    /// <summary>The words of <paramref name="text"/> that go into the index: <see cref="Words"/> without stop words.</summary>
    public static IEnumerable<string> IndexedWords(string text) => Words(text).Where(w => !IsStopWord(w));

    /// <summary>The first <paramref name="count"/> characters (whole code points) of a word, or the word itself.</summary>
    public static string Prefix(string word, int count)
    {
        var index = 0;
        for (var taken = 0; taken < count && index < word.Length; taken++)
        {
            index += char.IsHighSurrogate(word[index]) && index + 1 < word.Length ? 2 : 1;
        }

        return word[..index];
    }

    /// <summary>The number of code points of a word.</summary>
    public static int Length(string word) => word.EnumerateRunes().Count();
}
