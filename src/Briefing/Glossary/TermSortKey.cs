using System.Globalization;
using System.Text;

namespace Briefing.Glossary;

/// <summary>
/// How the glossary sorts and files terms, the same on every machine: accents dropped and letters upper-cased
/// (invariant culture), then compared ordinally, so "Æ", "É" or a curly quote never depend on a collation table.
/// </summary>
public static class TermSortKey
{
    /// <summary>The A–Z index's heading for terms that do not start with a Latin letter.</summary>
    public const string OtherLetter = "#";

    public static string For(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var key = new StringBuilder(term.Length);
        foreach (var c in term.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }

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
