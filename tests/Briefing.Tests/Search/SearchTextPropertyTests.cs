using System.Globalization;
using System.Text;
using Briefing.Search;
using CsCheck;

namespace Briefing.Tests.Search;

/// <summary>
/// The tokeniser has fast paths (ASCII text, words found by their characters); these properties hold it to the
/// plain definition of folding and splitting, written here rune by rune, on text mixing ASCII, apostrophes,
/// accents, other scripts and characters outside the Basic Multilingual Plane.
/// </summary>
public class SearchTextPropertyTests
{
    private const string Alphabet = "aZ09 -.,'’‘ʼ′éÉüßæŒøđłıəþςΣЖжÅ\u0301\u0308\t\n¶—";

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char[Alphabet].Array[0, 60].Select(chars => new string(chars)),
        Gen.Select(Gen.Char[Alphabet].Array[0, 20], Gen.Int[0, 3]).Select((chars, n) => new string(chars) + string.Concat(Enumerable.Repeat("𝐀b", n))));

    [Fact]
    public void Words_follow_the_plain_definition() =>
        Text.Sample(text => Assert.Equal(PlainWords(text), SearchText.Words(text)), iter: 3_000);

    [Fact]
    public void Indexed_words_handed_over_are_the_indexed_words()
    {
        Text.Sample(text =>
        {
            var seen = new List<string>();
            var count = SearchText.ForEachIndexedWord(text, word => seen.Add(word.ToString()));
            Assert.Equal(SearchText.IndexedWords(text), seen);
            Assert.Equal(seen.Count, count);
        }, iter: 1_000);
    }

    [Fact]
    public void The_index_builders_splitter_finds_the_same_words()
    {
        // One splitter for two texts, as one index build uses one: what it keeps of a text must not change the next.
        Gen.Select(Text, Text).Sample((first, second) =>
        {
            var splitter = new WordSplitter();
            foreach (var text in new[] { first, second, first })
            {
                var seen = new List<string>();
                splitter.ForEachWord(text, word => seen.Add(word.ToString()));
                Assert.Equal(SearchText.Words(text), seen);
            }
        }, iter: 3_000);
    }

    private static List<string> PlainWords(string text)
    {
        var folded = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
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
                'đ' or 'ð' => "d",
                'ł' => "l",
                'ı' => "i",
                'ə' => "e",
                'þ' => "th",
                'ς' => "σ",
                '’' or '‘' or 'ʼ' or '′' => "'",
                _ => lower.ToString(),
            });
        }

        var runes = folded.ToString().EnumerateRunes().ToArray();
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < runes.Length; i++)
        {
            if (Rune.IsLetterOrDigit(runes[i]))
            {
                word.Append(runes[i].ToString());
            }
            else if (runes[i].Value == '\'' && word.Length > 0 && i + 1 < runes.Length && Rune.IsLetterOrDigit(runes[i + 1]))
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
}
