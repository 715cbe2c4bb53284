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
public static class SearchText
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

    private static readonly HashSet<string> StopWordSet = [.. StopWords];

    public static bool IsStopWord(string word) => StopWordSet.Contains(word);

    /// <summary>Lower case without diacritics: decompose (NFD), drop non-spacing marks, lower-case, then fold the
    /// few letters that do not decompose.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            folded.Append(lower.Value switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'đ' => "d",
                'ð' => "d",
                'ł' => "l",
                'ı' => "i",
                'ə' => "e",
                'þ' => "th",
                'ς' => "σ",
                '’' or '‘' or 'ʼ' or '′' => "'",
                _ => lower.ToString(),
            });
        }

        return folded.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>, in order, stop words included.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var runes = Fold(text).EnumerateRunes().ToArray();
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
            }
            else if (rune.Value == '\'' && word.Length > 0 && i + 1 < runes.Length && Rune.IsLetterOrDigit(runes[i + 1]))
            {
                // An apostrophe inside a word joins its two sides.
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
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
