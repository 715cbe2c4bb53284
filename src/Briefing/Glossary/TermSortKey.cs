using Briefing.Core;

namespace Briefing.Glossary;

/// <summary>
/// How the glossary sorts and files terms: by <see cref="SortKey"/>, the same on every machine.
/// </summary>
internal static class TermSortKey
{
    /// <summary>The A–Z index's heading for terms that do not start with a Latin letter.</summary>
    public const string OtherLetter = "#";

    public static string For(string term) => SortKey.For(term);

    /// <summary>"A"–"Z" for the first letter of the term, ignoring accents and leading punctuation; otherwise <see cref="OtherLetter"/>.</summary>
    public static string Letter(string term)
    {
        foreach (var c in For(term))
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsAsciiLetterUpper(c) ? c.ToString() : OtherLetter;
            }
        }

        return OtherLetter;
    }

    /// <summary>Terms in index order: by key, then by the term as written, then by slug, all ordinal.</summary>
    public static IOrderedEnumerable<GlossaryTerm> Sort(IEnumerable<GlossaryTerm> terms) =>
        terms
            .OrderBy(t => For(t.Term), StringComparer.Ordinal)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ThenBy(t => t.Slug, StringComparer.Ordinal);
}
