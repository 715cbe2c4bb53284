using Briefing.Core;


namespace Briefing.Layouts;

/// <summary>A page as layouts see it: its kind's name, its own link, its canonical URL and its dates in both forms.</summary>
internal sealed record PageView(
    string Kind,
    string Title,
    string? Description,
    string Url,
    string CanonicalUrl,
    string? DateIso,
    string? DateDisplay,
    int Order,
    string Layout)
{
    public static PageView From(Page page, SiteUrls urls) => new(
        page.Kind.Name,
        page.Title,
        page.Description,
        urls.Href(page.Path),
        urls.Absolute(page.Path),
        page.Date is { } d ? DateText.Iso(d) : null,
        page.Date is { } date ? DateText.Full(date) : null,
        page.Order,
        page.Layout);
}
