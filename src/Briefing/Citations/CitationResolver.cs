using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;

namespace Briefing.Citations;

/// <summary>
/// Resolves citation targets: <c>slug#p9</c> names the article; a bare <c>p9</c> means the page's own article
/// (<c>article:</c> in its front matter), else the site's main article (<c>article:</c> in briefing.yml), else
/// the only article. With several articles and no main one, every bare citation fails with one and the same
/// error at the settings file, reported once.
/// </summary>
internal sealed partial class CitationResolver(IReadOnlyList<Article> articles, SiteUrls urls, string? mainArticle = null, SourceLocation? mainArticleLocation = null)
{
    public const string Scheme = "cite:";

    public IReadOnlyList<Article> Articles => articles;

    /// <param name="pageArticle">The slug the citing page names in its front matter, if any.</param>
    public Citation Resolve(string target, SourceLocation location, string? pageArticle = null)
    {
        var match = TargetPattern().Match(target);
        if (!match.Success)
        {
            throw new DiagnosticException(
                $"citation '{Scheme}{target}' is not of the form pN or article-slug#pN",
                location,
                "write [¶9](cite:p9), or with several articles [¶9](cite:article-slug#p9)");
        }

        var article = match.Groups["slug"].Success ? FindArticle(match.Groups["slug"].Value, target, location)
            : pageArticle is not null ? FindArticle(pageArticle, target, location)
            : MainArticle(target, location);
        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (article.Seed.Paragraphs.Count == 0)
        {
            throw new DiagnosticException(
                $"citation '{Scheme}{target}' points to paragraph {number}, but '{article.SourceFile}' has no body paragraphs (only a title)",
                location,
                "add the article's paragraphs to the seed, separated by blank lines, or remove the citation");
        }

        var paragraph = article.Paragraph(number) ?? throw new DiagnosticException(
            $"citation '{Scheme}{target}' points to paragraph {number}, but '{article.SourceFile}' has paragraphs 1 to {article.Seed.Paragraphs.Count}",
            location,
            $"cite an existing paragraph, p1 to p{article.Seed.Paragraphs.Count}");
        return new Citation(article, paragraph, urls.Href(article.Path + "#" + paragraph.Id));
    }

    private Article MainArticle(string target, SourceLocation location)
    {
        var settings = mainArticleLocation ?? new SourceLocation(SiteSettingsReader.FileName, 1, 1);
        if (mainArticle is not null)
        {
            return articles.FirstOrDefault(a => a.Slug == mainArticle) ?? throw new DiagnosticException(
                $"'article: {mainArticle}' names no article of the site, so bare citations such as cite:p1 cannot be resolved",
                settings,
                $"known articles: {string.Join(", ", articles.Select(a => a.Slug))}");
        }

        return articles.Count switch
        {
            1 => articles[0],
            0 => throw new DiagnosticException($"citation '{Scheme}{target}' cannot be resolved: there is no seed article", location, "add a seed text file to seeds/"),
            _ => throw new DiagnosticException(
                $"the site has {articles.Count} articles but names no main article, so bare citations such as cite:p1 do not say which one they cite",
                settings,
                $"add 'article: {articles[0].Slug}' to {SiteSettingsReader.FileName} (one of: {string.Join(", ", articles.Select(a => a.Slug))}), or name the article in each citation, e.g. cite:{articles[0].Slug}#p1"),
        };
    }

    private Article FindArticle(string slug, string target, SourceLocation location)
    {
        return articles.FirstOrDefault(a => a.Slug == slug) ?? throw new DiagnosticException(
            $"citation '{Scheme}{target}' names an unknown article '{slug}'",
            location,
            $"known articles: {string.Join(", ", articles.Select(a => a.Slug))}");
    }

    [GeneratedRegex(@"^(?:(?<slug>[a-z0-9-]+)#)?p(?<n>[0-9]{1,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetPattern();
}
