using Briefing.Core;


namespace Briefing.Layouts;

/// <summary>The site settings as layouts see them.</summary>
internal sealed record SiteView(string Title, string? Description, string Language, string BasePath, string BaseUrl, string? Publisher, bool Search)
{
    public static SiteView From(SiteSettings settings) =>
        new(settings.Title, settings.Description, settings.Language, settings.BasePath, settings.BaseUrl.AbsoluteUri, settings.Publisher, settings.Search);
}
