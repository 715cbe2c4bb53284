using Briefing.Core;


namespace Briefing.Seeds;

/// <summary>The article as its layout and body partial see it (members are snake_case in Liquid).</summary>
internal sealed record ArticleView(
    string Title,
    string? Dek,
    string? DateIso,
    string? DateDisplay,
    string? CreditLabel,
    string? Credit,
    string? Publisher,
    string? Author,
    string? SourceUrl,
    string Url,
    IReadOnlyList<ParagraphView> Paragraphs,
    string? Disclaimer)
{
    public static ArticleView From(Article article, SiteUrls urls) => new(
        article.Title,
        article.Seed.Dek,
        article.Seed.Date is { } d ? DateText.Iso(d) : null,
        article.Seed.Date is { } date ? DateText.Full(date) : article.Seed.DateText,
        article.Seed.Credit?.Label,
        article.Seed.Credit?.Value,
        article.Sidecar.Publisher,
        article.Sidecar.Author,
        article.Sidecar.SourceUrl,
        urls.Href(article.Path),
        [.. article.Seed.Paragraphs.Select(p => new ParagraphView(p.Number, p.Id, p.Text, urls.Href(article.Path + "#" + p.Id), urls.Absolute(article.Path + "#" + p.Id)))],
        article.Seed.Disclaimer);
}
