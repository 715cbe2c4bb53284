using System.Text.Encodings.Web;
using System.Text.Unicode;
using Briefing.Core;
using Briefing.Theme;

namespace Briefing.Publishing;

/// <summary>
/// The small page left at an old address (<c>redirect_from</c>): a canonical link to the new address, an
/// immediate meta refresh, a script that keeps the <c>#fragment</c> (a meta refresh drops it, and paragraph links
/// depend on it) and a plain link for everyone else. Crawlers are asked not to index it.
/// </summary>
internal static class RedirectPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="fromPath">The old page path, e.g. "summaries/background/".</param>
    /// <param name="toPath">The new page path, e.g. "summaries/context/".</param>
    public static string Write(string fromPath, string toPath, string title, string canonicalUrl, string language)
    {
        var relative = Html.Encode(RelativeUrl(fromPath, toPath));
        var script = JsonString.Quote(RelativeUrl(fromPath, toPath));
        return $"""
            <!DOCTYPE html>
            <html lang="{Html.Encode(language)}">
            <head>
            <meta charset="utf-8">
            <title>{Html.Encode(title)} (moved)</title>
            <link rel="canonical" href="{Html.Encode(canonicalUrl)}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={relative}">
            <script>location.replace({script} + location.hash);</script>
            </head>
            <body>
            <p>This page has moved to <a href="{relative}">{Html.Encode(title)}</a>.</p>
            </body>
            </html>

            """;
    }

    /// <summary>
    /// The link from one page path to another, relative so that it works under any base path (the rule
    /// <c>Layouts/RelativeLinks</c> applies to laid-out pages, needed here for the refresh and the script too).
    /// </summary>
    public static string RelativeUrl(string fromPath, string toPath) => RelativeLinks.ToRoot(fromPath) + toPath;
}
