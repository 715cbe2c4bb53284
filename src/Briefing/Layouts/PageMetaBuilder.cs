using Briefing.Core;
using Briefing.Glossary;
using Briefing.Seeds;
using Briefing.Theme;

namespace Briefing.Layouts;

/// <summary>
/// Builds each page's <see cref="PageMeta"/>: canonical URL, description, Open Graph and Twitter card fields, and
/// JSON-LD of the page kind's <see cref="PageKind.JsonLdType"/> (<c>WebSite</c> on the home page, <c>Article</c> on an
/// article; glossary layouts write their own).
/// The social image is the theme's <c>assets/social.png</c> (1200×630), which a site may override in
/// <c>input/assets/</c>.
/// </summary>
public sealed class PageMetaBuilder(SiteSettings settings, SiteUrls urls, bool hasSocialImage)
{
    public const string SocialImagePath = "assets/social.png";
    public const int SocialImageWidth = 1200;
    public const int SocialImageHeight = 630;

    /// <summary>Whether pages name the social image (a cache dependency of the pages' layout).</summary>
    public bool HasSocialImage => hasSocialImage;

    public static PageMetaBuilder For(SiteSettings settings, SiteUrls urls, ThemeFiles theme) =>
        new(settings, urls, theme.Assets().Any(a => a.OutputPath == SocialImagePath));

    public PageMeta For(Page page, Article? article, GlossaryTerm? term)
    {
        var url = urls.Absolute(page.Path);
        var image = hasSocialImage ? urls.Absolute(SocialImagePath) : null;
        var isArticle = article is not null && page.Kind.JsonLdType == JsonLd.ArticleType;
        var jsonLd = page.Kind.JsonLdType switch
        {
            JsonLd.WebSiteType => JsonLd.WebSite(settings, url),
            JsonLd.ArticleType when article is not null => JsonLd.Article(article, url, settings.Language, image),
            _ => null,
        };

        return new PageMeta(
            Title: page.Kind.StandsForSite ? settings.Title : page.Title,
            Description: page.Description ?? term?.ShortDefinition ?? settings.Description,
            Url: url,
            Indexable: page.Kind.Listed,
            OgType: isArticle ? "article" : "website",
            SiteName: settings.Title,
            Image: image,
            ImageAlt: image is null ? null : settings.Title,
            ImageWidth: SocialImageWidth,
            ImageHeight: SocialImageHeight,
            TwitterCard: image is null ? "summary" : "summary_large_image",
            PublishedTime: isArticle && article!.Seed.Date is { } date ? DateText.Iso(date) : null,
            FeedUrl: urls.Href(FeedFile.Path),
            FeedTitle: settings.Title,
            JsonLd: jsonLd is null ? null : JsonLdWriter.Serialize(jsonLd));
    }
}
