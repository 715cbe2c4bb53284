using Briefing.Core;

namespace Briefing.Glossary;

/// <summary>
/// The known slug closest to a mistyped one, for "did you mean" hints. A plain edit distance is enough for
/// a few hundred slugs and needs no package.
/// </summary>
internal static class SlugSuggestion
{
    /// <summary>The closest slug within a third of the typed length in edits, ties broken ordinally; else null.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var limit = Math.Max(2, typed.Length / 3);
        return known
            .Select(slug => (Slug: slug, Distance: Distance(typed, slug)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Slug, StringComparer.Ordinal)
            .Select(c => c.Slug)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
