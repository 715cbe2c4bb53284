using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;

namespace Briefing.Citations;

/// <summary>
/// Resolves citation targets: <c>p9</c> when the site has one article, <c>slug#p9</c> to name the article.
/// </summary>
public sealed partial class CitationResolver(IReadOnlyList<Article> articles, SiteUrls urls)
{
    public const string Scheme = "cite:";

    public IReadOnlyList<Article> Articles => articles;

    public Citation Resolve(string target, SourceLocation location)
    {
        var match = TargetPattern().Match(target);
        if (!match.Success)
        {
            throw new DiagnosticException(
                $"citation '{Scheme}{target}' is not of the form pN or article-slug#pN",
                location,
                "write [¶9](cite:p9), or with several articles [¶9](cite:article-slug#p9)");
        }

        var article = FindArticle(match.Groups["slug"].Success ? match.Groups["slug"].Value : null, target, location);
        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var paragraph = article.Paragraph(number) ?? throw new DiagnosticException(
            $"citation '{Scheme}{target}' points to paragraph {number}, but '{article.SourceFile}' has paragraphs 1 to {article.Seed.Paragraphs.Count}",
            location,
            $"cite an existing paragraph, p1 to p{article.Seed.Paragraphs.Count}");
        return new Citation(article, paragraph, urls.Href(article.Path + "#" + paragraph.Id));
    }

    private Article FindArticle(string? slug, string target, SourceLocation location)
    {
        if (slug is null)
        {
            return articles.Count switch
            {
                1 => articles[0],
                0 => throw new DiagnosticException($"citation '{Scheme}{target}' cannot be resolved: there is no seed article", location, "add a seed text file to seeds/"),
                _ => throw new DiagnosticException(
                    $"citation '{Scheme}{target}' does not say which article it cites; the site has {articles.Count}",
                    location,
                    $"name the article, e.g. cite:{articles[0].Slug}#{target}"),
            };
        }

        return articles.FirstOrDefault(a => a.Slug == slug) ?? throw new DiagnosticException(
            $"citation '{Scheme}{target}' names an unknown article '{slug}'",
            location,
            $"known articles: {string.Join(", ", articles.Select(a => a.Slug))}");
    }

    [GeneratedRegex(@"^(?:(?<slug>[a-z0-9-]+)#)?p(?<n>[0-9]{1,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetPattern();
}
