using Briefing.Pipeline.Diagnostics;

namespace Briefing.Core;

/// <summary>The settings in <c>briefing.yml</c> at the site root. Each key is documented in README.</summary>
internal sealed record SiteSettings
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>BCP 47 language tag of the site, e.g. <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Absolute URL the site is published under, ending in '/'; its path is the base path of every link.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>
    /// The slug of the main article, which bare citations (<c>cite:p5</c>) point to (<c>article:</c>); null when the
    /// site names none, which is fine while it has one article.
    /// </summary>
    public string? MainArticle { get; init; }

    /// <summary>Where <see cref="MainArticle"/> is set, or the settings file, for errors about it.</summary>
    public SourceLocation MainArticleLocation { get; init; } = new(SiteSettingsReader.FileName);

    /// <summary>Who publishes the briefing (not the article's publisher, which comes from the seed's sidecar).</summary>
    public string? Publisher { get; init; }

    /// <summary>
    /// Whether the site has its search (the header's field, <c>assets/search.js</c> and the index under
    /// <c>search/</c>); on unless <c>search: false</c>.
    /// </summary>
    public bool Search { get; init; } = true;

    /// <summary>The site-absolute path every URL starts with: "/" at a domain root, "/briefing/" under a project path.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}
