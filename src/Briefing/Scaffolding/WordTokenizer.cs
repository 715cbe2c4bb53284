namespace Briefing.Scaffolding;

/// <summary>
/// Splits a sentence into words: letters, digits and combining marks, joined by hyphens and apostrophes inside
/// the word ("Nagorno-Karabakh", "Russia’s"). A word counts as starting a sentence when it is the sentence's first,
/// or follows a colon or an opening quote or bracket, where English capitalises ordinary words too.
/// </summary>
internal static class WordTokenizer
{
    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("\"\u201C\u2018(\u00AB[");

    public static IReadOnlyList<WordToken> Split(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        var words = new List<WordToken>();
        var gapStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
            {
                i++;
            }

            var raw = text[start..i];
            var gap = text[gapStart..start];
            // A plural possessive ("Azerbaijanis’") ends in an apostrophe that is not part of the word.
            var pluralPossessive = i < text.Length && text[i] is '\'' or '\u2019' && raw.EndsWith('s') && (i + 1 == text.Length || !IsWordChar(text[i + 1]));
            var (word, possessive) = FoldPossessive(raw);
            if (pluralPossessive)
            {
                raw += text[i];
                possessive = true;
                i++;
            }

            var startsSentence = words.Count == 0 || gap.Contains(':', StringComparison.Ordinal) || gap.AsSpan().IndexOfAny(Openers) >= 0;
            words.Add(new WordToken(sentence.Start + start, raw, word, possessive, gap, startsSentence));
            gapStart = i;
        }

        return words;
    }

    private static (string Word, bool Possessive) FoldPossessive(string raw)
    {
        if (raw.Length > 2 && raw[^1] is 's' or 'S' && raw[^2] is '\'' or '\u2019')
        {
            return (raw[..^2], true);
        }

        return (raw, false);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';
}
