using System.Text;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Which characters the matcher treats as the same: every whitespace character is one space, the three
/// apostrophes are one, and (unless a pattern is case-sensitive) letters compare by their case fold.
/// </summary>
internal static class MatchCharacters
{
    public const char Space = ' ';
    public const char Apostrophe = '\'';

    // Computed once per process for all UTF-16 units, so automata map text through a lookup, not casing calls.
    private static readonly char[] NormalizeTable = BuildTable(NormalizeUncached);
    private static readonly char[] FoldTable = BuildTable(FoldUncached);

    /// <summary>Whitespace and apostrophe equivalence only, as used for case-sensitive patterns.</summary>
    public static char Normalize(char c) => NormalizeTable[c];

    /// <summary><see cref="Normalize"/> followed by culture-invariant simple case folding.</summary>
    public static char Fold(char c) => FoldTable[c];

    /// <summary>Every UTF-16 unit mapped through <see cref="Normalize"/> or <see cref="Fold"/>.</summary>
    public static ReadOnlySpan<char> Table(bool foldCase) => foldCase ? FoldTable : NormalizeTable;

    /// <summary>
    /// The key a pattern is stored under: trimmed, whitespace runs collapsed to one space, apostrophes unified
    /// and, for case-insensitive patterns, case-folded. Two patterns with equal keys match exactly the same text.
    /// </summary>
    public static string PatternKey(string text, bool caseSensitive)
    {
        var key = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var n = caseSensitive ? Normalize(c) : Fold(c);
            if (n == Space)
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(Space);
                pendingSpace = false;
            }

            key.Append(n);
        }

        return key.ToString();
    }

    private static char NormalizeUncached(char c) => c switch
    {
        '\'' or '\u2019' or '\u2018' => Apostrophe,
        _ when char.IsWhiteSpace(c) => Space,
        _ => c,
    };

    private static char FoldUncached(char c)
    {
        var normalized = NormalizeUncached(c);
        return normalized == c ? FoldCase(c) : normalized;
    }

    private static char[] BuildTable(Func<char, char> map)
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = map((char)c);
        }

        return table;
    }

    // .NET has no public case-folding API. Upper- then lower-casing (invariant) gives Unicode simple case
    // folding for the characters that fold to a different letter than their lower case (ς→σ, ſ→s, µ→μ,
    // K Kelvin sign→k). The dotted and dotless Turkic i are left alone, as simple folding leaves them,
    // so "Bakı" and "Baki" stay distinct.
    private static char FoldCase(char c)
    {
        if (char.IsAscii(c))
        {
            return char.ToLowerInvariant(c);
        }

        if (c is '\u0130' or '\u0131')
        {
            return c;
        }

        return char.ToLowerInvariant(char.ToUpperInvariant(c));
    }
}
