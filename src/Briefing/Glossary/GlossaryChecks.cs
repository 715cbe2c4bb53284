using Briefing.Glossary.Linking;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Glossary;

/// <summary>
/// The glossary's own consistency rules, as plain functions over the terms so each can be tested alone:
/// every name belongs to one term, every <c>see_also</c> leads somewhere, and every term is used.
/// </summary>
internal static class GlossaryChecks
{
    /// <summary>
    /// A name (term or alias) that another file already claims, compared the way the linker matches text:
    /// case-folded unless case-sensitive, apostrophes and whitespace unified. Files are taken in ordinal
    /// order of their path, so the error always lands on the same (later) file.
    /// </summary>
    public static IReadOnlyList<Diagnostic> DuplicateNames(IEnumerable<GlossaryTerm> terms)
    {
        var claims = new NameClaims();
        var diagnostics = new List<Diagnostic>();
        foreach (var term in terms.OrderBy(t => t.Location.File, StringComparer.Ordinal))
        {
            foreach (var name in term.DeclaredNames)
            {
                var owner = Claim(term, name, claims);
                if (owner is { } first && first.Term.Slug != term.Slug)
                {
                    diagnostics.Add(Diagnostic.Error(
                        $"the name '{name.Text}' is already used by {first.Term.Location.File} (at {first.Name.Location}, term '{first.Term.Term}')",
                        name.Location,
                        "a name can link to only one term: remove it from one of the two files"
                        + (term.CaseSensitive || first.Term.CaseSensitive ? "" : ", or mark an acronym case_sensitive: true")));
                }
            }
        }

        return diagnostics;
    }

    /// <summary>A <c>see_also</c> entry naming the term itself, or a term named before: harmless, but surely a slip.</summary>
    public static IReadOnlyList<Diagnostic> RedundantSeeAlso(IEnumerable<GlossaryTerm> terms)
    {
        var warnings = new List<Diagnostic>();
        foreach (var term in terms)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (slug, location) in term.SeeAlso)
            {
                if (slug == term.Slug)
                {
                    warnings.Add(Diagnostic.Warning($"see_also names '{slug}', the term itself", location, "remove it: a term page always belongs to its own term"));
                }
                else if (!seen.Add(slug))
                {
                    warnings.Add(Diagnostic.Warning($"see_also names '{slug}' twice", location, "remove the second entry"));
                }
            }
        }

        return warnings;
    }

    /// <summary>A <c>see_also</c> entry that names no term file.</summary>
    public static IReadOnlyList<Diagnostic> UnknownSeeAlso(IEnumerable<GlossaryTerm> terms)
    {
        var all = terms.ToList();
        var slugs = all.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var term in all)
        {
            foreach (var (slug, location) in term.SeeAlso.Where(s => !slugs.Contains(s.Slug)))
            {
                var closest = SlugSuggestion.Closest(slug, slugs);
                diagnostics.Add(Diagnostic.Error(
                    $"see_also names '{slug}', which is not a glossary term",
                    location,
                    closest is null
                        ? "use the file name (without .md) of a term in input/glossary/"
                        : $"did you mean '{closest}'? see_also takes file names (without .md) of terms in input/glossary/"));
            }
        }

        return diagnostics;
    }

    /// <summary>A term that no page of the briefing mentions: its links and backlinks would never appear.</summary>
    public static IReadOnlyList<Diagnostic> Unmentioned(IEnumerable<GlossaryTerm> terms, IReadOnlySet<string> mentionedSlugs) =>
    [
        .. terms
            .Where(t => !mentionedSlugs.Contains(t.Slug))
            .OrderBy(t => t.Location.File, StringComparer.Ordinal)
            .Select(t => Diagnostic.Warning(
                $"the term '{t.Term}' is not mentioned on any page of the briefing",
                t.DeclaredNames.Count > 0 ? t.DeclaredNames[0].Location : t.Location,
                "add an alias in the form the pages use (aliases:), mention it in a summary, or remove the entry")),
    ];

    // Returns the earlier claim on the name, if any, and records this one. A case-sensitive name conflicts
    // with the same exact text, and with a case-insensitive name that matches it after folding.
    private static (GlossaryTerm Term, TermName Name)? Claim(GlossaryTerm term, TermName name, NameClaims claims)
    {
        var folded = MatchCharacters.PatternKey(name.Text, caseSensitive: false);
        if (claims.Insensitive.TryGetValue(folded, out var earlier))
        {
            return earlier;
        }

        if (term.CaseSensitive)
        {
            var exact = MatchCharacters.PatternKey(name.Text, caseSensitive: true);
            claims.SensitiveByFolding.TryAdd(folded, (term, name));
            return claims.Sensitive.TryAdd(exact, (term, name)) ? null : claims.Sensitive[exact];
        }

        claims.Insensitive[folded] = (term, name);
        return claims.SensitiveByFolding.TryGetValue(folded, out var acronym) ? acronym : null;
    }

    private sealed class NameClaims
    {
        public Dictionary<string, (GlossaryTerm Term, TermName Name)> Insensitive { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (GlossaryTerm Term, TermName Name)> Sensitive { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (GlossaryTerm Term, TermName Name)> SensitiveByFolding { get; } = new(StringComparer.Ordinal);
    }
}
