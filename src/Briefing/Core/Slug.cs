using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Briefing.Core;

/// <summary>
/// Turns text into a URL slug: lowercase ASCII letters and digits in words joined by single hyphens.
/// Accents are stripped by Unicode compatibility decomposition (é → e, ﬁ → fi, full-width Ａ → a); a few
/// letters that do not decompose and the Cyrillic alphabet are transliterated by a small table (no
/// allowed library does this); apostrophes join rather than split a word; anything else is dropped.
/// The result may be empty when nothing in the text can be mapped.
/// </summary>
internal static class Slug
{
    private static readonly FrozenDictionary<char, string> Transliterations = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th",
        ['ł'] = "l", ['ı'] = "i", ['ħ'] = "h",
        // Cyrillic, a simple one-letter-at-a-time romanisation (after decomposition й is и + breve, ё is е + diaeresis).
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh",
        ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        ['і'] = "i", ['є'] = "ye", ['ґ'] = "g", ['ў'] = "u",
    }.ToFrozenDictionary();

    // Apostrophes inside a word ("Azerbaijan’s", "l'État") join its parts instead of splitting it.
    private static readonly FrozenSet<char> Apostrophes = new[] { '\'', '\u2019', '\u02BC', '\u2018' }.ToFrozenSet();

    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || Apostrophes.Contains(c))
            {
                continue;
            }

            var mapped = Map(char.ToLowerInvariant(c));
            if (mapped is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (mapped.Length == 0)
            {
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            slug.Append(mapped);
        }

        return slug.ToString();
    }

    /// <summary>The ASCII for a lowercase character, "" for a letter that is silent, null for a separator.</summary>
    private static string? Map(char c) =>
        c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString()
        : Transliterations.TryGetValue(c, out var ascii) ? ascii
        : null;
}
