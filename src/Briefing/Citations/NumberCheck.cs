using Briefing.Pipeline.Diagnostics;

namespace Briefing.Citations;

/// <summary>
/// The number check: in a claim that carries ¶ chips, every number, share or year must appear in one of the cited
/// paragraphs (as digits or in words) unless the claim also cites an outside source. It warns rather than fails,
/// since a number may be fine in a way the check cannot see; the real site must build without such warnings.
/// </summary>
internal static class NumberCheck
{
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<Claim> claims)
    {
        var warnings = new List<Diagnostic>();
        foreach (var claim in claims.Where(c => c.Citations.Count > 0 && !c.CitesSource))
        {
            foreach (var number in NumberMatcher.Find(claim.Text))
            {
                if (claim.Citations.Any(c => NumberMatcher.States(c.Paragraph.Text, number)))
                {
                    continue;
                }

                var searched = string.Join(", ", claim.Citations.Select(c => c.Label).Distinct(StringComparer.Ordinal));
                warnings.Add(Diagnostic.Warning(
                    $"'{number.Written}' appears in none of the cited paragraphs ({searched}) of the sentence “{Excerpt(claim.Text)}”",
                    claim.Location,
                    "cite the paragraph that gives the number, or mark it as outside context with a source, e.g. [Name](source:id)"));
            }
        }

        return warnings;
    }

    private static string Excerpt(string text) => text.Length <= 90 ? text : text[..87].TrimEnd() + "…";
}
