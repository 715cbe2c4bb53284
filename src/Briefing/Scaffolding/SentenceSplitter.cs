using System.Collections.Frozen;

namespace Briefing.Scaffolding;

/// <summary>
/// Splits a paragraph into sentences: a sentence ends at '.', '!' or '?' (with any closing quotes or brackets)
/// followed by white space and an upper-case letter, a digit or an opening quote, unless the word before the
/// full stop is a common abbreviation or a single initial ("J. Smith"). None of the allowed packages segments
/// sentences, and the candidates need only this much: each one is explained by the sentence it was found in.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "prof", "jr", "sr", "vs", "no",
        "e.g", "i.e", "cf", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "u.s", "u.k", "u.n", "e.u",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Sentence> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<Sentence>();
        var start = SkipSpace(paragraph, 0);
        var i = start;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < paragraph.Length && IsClosing(paragraph[end]))
                {
                    end++;
                }

                var next = SkipSpace(paragraph, end);
                if (next > end && next < paragraph.Length && StartsSentence(paragraph[next]) && !(c == '.' && IsAbbreviation(paragraph, i)))
                {
                    sentences.Add(new Sentence(start, paragraph[start..end]));
                    start = next;
                    i = next;
                    continue;
                }

                i = end;
                continue;
            }

            i++;
        }

        var rest = paragraph[start..].TrimEnd();
        if (rest.Length > 0)
        {
            sentences.Add(new Sentence(start, rest));
        }

        return sentences;
    }

    private static int SkipSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '\u2019' or '\u201D' or ')' or ']' or '\u00BB';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '(' or '\u00AB';

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }
}
