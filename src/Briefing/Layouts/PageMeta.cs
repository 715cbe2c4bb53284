namespace Briefing.Layouts;

/// <summary>
/// What <c>partials/meta.liquid</c> puts in a page's head for search engines and link previews (in Liquid:
/// <c>meta.title</c>, <c>meta.og_type</c>, …). <see cref="JsonLd"/> is ready-escaped JSON for a
/// <c>&lt;script type="application/ld+json"&gt;</c> element.
/// </summary>
internal sealed record PageMeta(
    string Title,
    string? Description,
    string Url,
    bool Indexable,
    string OgType,
    string SiteName,
    string? Image,
    string? ImageAlt,
    int ImageWidth,
    int ImageHeight,
    string TwitterCard,
    string? PublishedTime,
    string FeedUrl,
    string FeedTitle,
    string? JsonLd);
