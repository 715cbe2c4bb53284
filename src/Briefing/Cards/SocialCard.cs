using Briefing.Core;
using Briefing.Maps;

namespace Briefing.Cards;

/// <summary>
/// What one page's social card shows: the kind of page ("Summary"), its title, the briefing it belongs to (left
/// out on a page that stands for the whole site, whose title already is the briefing's), the site's address and,
/// on the home page, the locator map. Only what is drawn, so a card is rendered again exactly when it would look
/// different (it is the cached step's input).
/// </summary>
internal sealed record SocialCard(string Kind, string Title, string? Briefing, string Address, MapOutline? Map)
{
    public static SocialCard For(Page page, SiteSettings settings, MapOutline? map = null) => new(
        page.Kind.Label,
        page.Kind.StandsForSite ? settings.Title : page.Title,
        page.Kind.StandsForSite ? null : settings.Title,
        AddressOf(settings.BaseUrl),
        map);

    /// <summary>The card's text alternative (<c>og:image:alt</c>): what it says, in one sentence.</summary>
    public string AltText =>
        $"{(TitleNamesKind ? "" : Kind + ": ")}{Title}{(Briefing is null ? "" : ", from " + Briefing)}{(Map is null ? "" : ", with a map of the places it names")}";

    /// <summary>Whether the title already says the kind ("Timeline", "Summaries" of the kind "Summary"), which the text alternative then leaves out.</summary>
    private bool TitleNamesKind => Title.StartsWith(Kind.TrimEnd('y'), StringComparison.OrdinalIgnoreCase);

    /// <summary>The site's address as readers would type it: host and path, without scheme or final slash.</summary>
    private static string AddressOf(Uri baseUrl) => (baseUrl.Host + baseUrl.AbsolutePath).TrimEnd('/');
}
