using System.Globalization;
using System.Text;

namespace Briefing.Scaffolding;

/// <summary>
/// <c>CANDIDATES.md</c> at the site root (never published): every candidate of an article with the sentences it
/// came from, so the author can see why each was proposed; figures too, only some of which become drafts.
/// </summary>
internal static class CandidateReport
{
    public static string Markdown(string articleTitle, string seedPath, ArticleCandidates candidates)
    {
        var text = new StringBuilder();
        text.Append("# Candidates from \u201C").Append(articleTitle).Append("\u201D\n\n");
        text.Append("Found in `").Append(seedPath).Append("` by `briefing new`: names, dates and figures, each with the sentences it comes from. ")
            .Append("Names, dates and figures were written as drafts (`draft: true`) into `input/glossary/`, `input/data/timeline.yml` ")
            .Append("and, for a new site, `input/data/figures.yml` (shares and counts only); the rest are listed here to copy into your pages. ")
            .Append("Nothing here is published; delete this file when done.\n\n");

        text.Append("## Names (glossary drafts)\n\n");
        foreach (var term in candidates.Terms)
        {
            text.Append("- **").Append(term.Name).Append("**");
            if (term.Aliases.Count > 0)
            {
                text.Append(" (also ").Append(string.Join(", ", term.Aliases)).Append(')');
            }

            text.Append(term.Kind == GlossaryCandidateKind.Acronym ? ", acronym" : "").Append(", ").Append(Paragraphs(term.Paragraphs)).Append('\n');
            Sentences(text, term.Sources);
        }

        text.Append("\n## Dates (timeline drafts)\n\n");
        foreach (var date in candidates.Dates)
        {
            text.Append("- **").Append(date.Text).Append("** → ").Append(date.Date ?? "no date (the article has no dateline to count from)");
            if (date.Label is { } label)
            {
                text.Append(" (").Append(label).Append(')');
            }

            text.Append(date.Approximate ? ", approximate" : "").Append(", ").Append(Paragraphs(date.Paragraphs)).Append('\n');
            Sentences(text, date.Sources);
        }

        text.Append("\n## Figures\n\n");
        foreach (var figure in candidates.Figures)
        {
            text.Append("- **").Append(figure.Text).Append("**: ").Append(figure.Unit.ToString().ToLowerInvariant())
                .Append(' ').Append(figure.Value.ToString(CultureInfo.InvariantCulture));
            if (figure.Qualifier is { } qualifier)
            {
                text.Append(", qualified \u201C").Append(qualifier).Append('\u201D');
            }

            text.Append(", ").Append(figure.Source.ParagraphId).Append('\n');
            Sentences(text, [figure.Source]);
        }

        if (candidates.Figures.Count == 0)
        {
            text.Append("None found.\n");
        }

        return text.ToString();
    }

    private static string Paragraphs(IReadOnlyList<int> paragraphs) =>
        (paragraphs.Count == 1 ? "paragraph " : "paragraphs ") + string.Join(", ", paragraphs.Select(p => "p" + p.ToString(CultureInfo.InvariantCulture)));

    private static void Sentences(StringBuilder text, IEnumerable<CandidateSource> sources)
    {
        foreach (var source in sources)
        {
            text.Append("  - ").Append(source.ParagraphId).Append(": \u201C").Append(source.Sentence).Append("\u201D\n");
        }
    }
}
