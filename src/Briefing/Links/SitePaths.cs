namespace Briefing.Links;

/// <summary>
/// Site paths as the link index and the lock write them: relative to the base URL, starting with '/'
/// (<c>/</c> for the home page, <c>/articles/x/#p9</c> for a paragraph), so they do not change with the base URL.
/// </summary>
internal static class SitePaths
{
    /// <summary>"/" + a page path such as "glossary/" (or "" for home).</summary>
    public static string Of(string pagePath, string? fragment = null) =>
        "/" + pagePath.TrimStart('/') + (string.IsNullOrEmpty(fragment) ? "" : "#" + fragment);

    /// <summary>Splits "/articles/x/#p9" into the page path "articles/x/" and the fragment "p9" (null when none).</summary>
    public static (string PagePath, string? Fragment) Split(string sitePath)
    {
        var hash = sitePath.IndexOf('#', StringComparison.Ordinal);
        var page = (hash < 0 ? sitePath : sitePath[..hash]).TrimStart('/');
        return (page, hash < 0 ? null : sitePath[(hash + 1)..]);
    }
}
