using System.Globalization;
using Briefing.Glossary.Linking;

namespace Briefing.Tests.Glossary.Linking;

/// <summary>
/// The matching rules written as plainly as possible, for comparison with <see cref="TermMatcher"/>: at each
/// position try every pattern, character by character, and keep the longest whole-word match. Correct only
/// for text without surrogate pairs and for letters whose case mapping is one-to-one (the generators keep to that).
/// </summary>
internal sealed class NaiveTermMatcher(IReadOnlyList<TermPattern> patterns)
{
    private readonly (string Text, TermPattern Pattern)[] _normalized =
        [.. patterns.Select(p => (Normalize(p.Text), p)).Where(p => p.Item1.Length > 0)];

    public List<TermMatch> FindAll(string text)
    {
        var matches = new List<TermMatch>();
        var start = 0;
        while (start < text.Length)
        {
            var best = _normalized
                .Where(p => MatchesAt(text, start, p.Text, p.Pattern.CaseSensitive))
                .OrderByDescending(p => p.Text.Length)
                .Select(p => (TermMatch?)new TermMatch(start, p.Text.Length, p.Pattern.TermId))
                .FirstOrDefault();
            if (best is { } match)
            {
                matches.Add(match);
                start += match.Length;
            }
            else
            {
                start++;
            }
        }

        return matches;
    }

    private static bool MatchesAt(string text, int start, string pattern, bool caseSensitive)
    {
        if (start + pattern.Length > text.Length)
        {
            return false;
        }

        if (start > 0 && IsWordCharacter(text[start - 1]))
        {
            return false;
        }

        var end = start + pattern.Length;
        if (end < text.Length && IsWordCharacter(text[end]))
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (!Same(pattern[i], text[start + i], caseSensitive))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(char inPattern, char inText, bool caseSensitive)
    {
        if (char.IsWhiteSpace(inPattern) || char.IsWhiteSpace(inText))
        {
            return char.IsWhiteSpace(inPattern) && char.IsWhiteSpace(inText);
        }

        if (IsApostrophe(inPattern) || IsApostrophe(inText))
        {
            return IsApostrophe(inPattern) && IsApostrophe(inText);
        }

        return caseSensitive
            ? inPattern == inText
            : char.ToUpperInvariant(inPattern) == char.ToUpperInvariant(inText);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string Normalize(string pattern) =>
        string.Join(' ', pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
