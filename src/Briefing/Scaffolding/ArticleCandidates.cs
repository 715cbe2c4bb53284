using Briefing.Seeds;

namespace Briefing.Scaffolding;

/// <summary>
/// Everything worth a glossary term, a timeline event or a key figure that an article names, each with the
/// sentences it comes from. Extraction is a pure function of the parsed article: the same text always gives the
/// same candidates in the same order.
/// </summary>
internal sealed record ArticleCandidates(
    IReadOnlyList<GlossaryCandidate> Terms,
    IReadOnlyList<TimelineCandidate> Dates,
    IReadOnlyList<FigureCandidate> Figures)
{
    public static ArticleCandidates From(SeedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleCandidates(
            GlossaryCandidates.Extract(article.Paragraphs),
            TimelineCandidates.Extract(article.Paragraphs, article.Date),
            FigureCandidates.Extract(article.Paragraphs));
    }
}
