using Briefing.Pipeline.Caching;

namespace Briefing.Core;

/// <summary>
/// Turns site paths ("glossary/", "articles/x/#p9") into links. Every internal link goes through here, so the
/// same build works at a domain root and under a GitHub Pages project path.
/// </summary>
internal sealed class SiteUrls(SiteSettings settings) : IFingerprintable
{
    /// <summary>Every link depends on the settings' base URL, its host as much as its path.</summary>
    public object FingerprintContent => settings;

    public string BasePath => settings.BasePath;

    /// <summary>A site-absolute link including the base path, e.g. "/briefing/glossary/".</summary>
    public string Href(string path) => settings.BasePath + path.TrimStart('/');

    /// <summary>A full URL for canonical links, sitemaps and feeds.</summary>
    public string Absolute(string path) => new Uri(settings.BaseUrl, path.TrimStart('/')).AbsoluteUri;

    /// <summary>
    /// An author's site-absolute link ("/glossary/") gets the base path; other links are returned unchanged.
    /// A link that already starts with the base path is left alone so that it is not prefixed twice.
    /// </summary>
    public string RebaseAuthorLink(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        return settings.BasePath != "/" && url.StartsWith(settings.BasePath, StringComparison.Ordinal) ? url : Href(url);
    }
}
