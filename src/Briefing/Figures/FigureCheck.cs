using System.Text.RegularExpressions;
using Briefing.Citations;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Figures;

/// <summary>
/// The key figures' check, stricter than the claims' number check because a figure is shown large and alone:
/// its value must be written in one of the paragraphs it cites (as digits or words, "46 percent" or "46%"), a
/// qualifier the article puts before the number ("about", "more than") must stay in the label, and a number the
/// label states must be the value. Each broken rule is an error: a key figure must never overstate the article.
/// </summary>
internal static class FigureCheck
{
    public static IReadOnlyList<Diagnostic> Check(KeyFigure figure, SourceLocation labelLocation)
    {
        var wanted = figure.AsMention;
        var found = figure.Citations
            .Select(c => (Citation: c, Mention: NumberMatcher.Find(c.Paragraph.Text).FirstOrDefault(wanted.SameQuantity)))
            .FirstOrDefault(f => f.Mention is not null);
        if (found.Mention is null)
        {
            var searched = string.Join(" ", figure.Citations.Select(c => $"{c.Label}: “{c.Paragraph.Text}”"));
            return [Diagnostic.Error(
                $"the figure's value {wanted.Written} appears in none of the paragraphs it cites; {searched}",
                figure.Location,
                "correct the value to the number the article gives, or cite the paragraph that gives it")];
        }

        var errors = new List<Diagnostic>();
        if (found.Mention.Qualifier is { } qualifier && !Keeps(figure.Label, qualifier))
        {
            errors.Add(Diagnostic.Error(
                $"the label '{figure.Label}' drops the article's qualifier: {found.Citation.Label} says “{qualifier} {found.Mention.Written}”",
                labelLocation,
                $"keep '{qualifier}' in the label, e.g. label: {Capitalised(qualifier)} {wanted.Written} …"));
        }

        foreach (var stated in NumberMatcher.Find(figure.Label).Where(m => !m.SameQuantity(wanted)))
        {
            errors.Add(Diagnostic.Error(
                $"the label '{figure.Label}' states {stated.Written}, but the figure's value is {wanted.Written}",
                labelLocation,
                "make the label's number the figure's value, or leave the number out of the label"));
        }

        return errors;
    }

    /// <summary>Whether <paramref name="label"/> has the qualifier as whole words, whatever its case and spacing.</summary>
    public static bool Keeps(string label, string qualifier)
    {
        var words = string.Join(@"\s+", qualifier.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return Regex.IsMatch(label, $@"(?<![\p{{L}}]){words}(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
