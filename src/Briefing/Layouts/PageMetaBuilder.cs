using Briefing.Cards;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Seeds;
using Briefing.Maps;

namespace Briefing.Layouts;

/// <summary>
/// Builds each page's <see cref="PageMeta"/>: canonical URL, description, Open Graph and Twitter card fields, and
/// JSON-LD of the page kind's <see cref="PageKind.JsonLdType"/> (<c>WebSite</c> on the home page, <c>Article</c> on an
/// article; glossary layouts write their own).
/// The social image is the page's own card (<see cref="CardAddress"/>, drawn by the Cards pipeline), with the
/// card's text alternative, unless the page names an image of its own (<see cref="Page.Image"/>).
/// </summary>
internal sealed class PageMetaBuilder(SiteSettings settings, SiteUrls urls)
{
    public PageMeta For(Page page, Article? article, GlossaryTerm? term, MapOutline? map)
    {
        var url = urls.Absolute(page.Path);
        var card = SocialCard.For(page, settings, map);
        var image = urls.Absolute(page.Image?.AssetPath ?? CardAddress.For(page.Path));
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
            ImageAlt: page.Image is { } own ? own.Alt ?? page.Title : card.AltText,

            // A page's own image is published as it is, so its size is left for the preview to find.
            ImageWidth: page.Image is null ? CardRenderer.Width : 0,
            ImageHeight: page.Image is null ? CardRenderer.Height : 0,
            TwitterCard: "summary_large_image",
            PublishedTime: isArticle && article!.Seed.Date is { } date ? DateText.Iso(date) : null,
            FeedUrl: urls.Href(FeedFile.Path),
            FeedTitle: settings.Title,
            JsonLd: jsonLd is null ? null : JsonLdWriter.Serialize(jsonLd));
    }
}
