using System.Globalization;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Whole-word rule: a match may not touch a letter, a digit or a combining mark, so "Azerbaijan" is not
/// found in "Azerbaijani" but "Russia" is found in "Russia’s" and "Russia–Azerbaijan".
/// </summary>
internal static class WordBoundary
{
    /// <summary>Whether the character that ends just before <paramref name="index"/> continues a word.</summary>
    public static bool ContinuesBefore(string text, int index)
    {
        if (index <= 0)
        {
            return false;
        }

        var c = text[index - 1];
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return char.IsLowSurrogate(c) && index >= 2 && char.IsHighSurrogate(text[index - 2])
            ? IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(text, index - 2))
            : IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    /// <summary>Whether the character starting at <paramref name="index"/> continues a word.</summary>
    public static bool ContinuesAt(string text, int index)
    {
        if (index >= text.Length)
        {
            return false;
        }

        var c = text[index];
        return char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c)
            : IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(text, index));
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
