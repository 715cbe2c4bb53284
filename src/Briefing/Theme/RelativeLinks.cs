using System.Text.RegularExpressions;

namespace Briefing.Theme;

/// <summary>
/// Rewrites the site-absolute links of a finished page (<c>href="/briefing/glossary/"</c>) into links relative to
/// the page (<c>href="../../glossary/"</c>). Relative links work under any base path and from a folder opened
/// straight from disk. A regular expression suffices because every attribute here was written by our own
/// templates, Markdig or AngleSharp, all of which quote attribute values with double quotes.
/// </summary>
internal static partial class RelativeLinks
{
    /// <summary>The relative way from a page ("summaries/x/", "404.html") up to the site root: "../../", "./".</summary>
    public static string ToRoot(string pagePath)
    {
        var depth = pagePath.Length == 0 ? 0 : pagePath.TrimEnd('/').Split('/').Length - (pagePath.EndsWith(".html", StringComparison.Ordinal) ? 1 : 0);
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    public static string Rewrite(string html, string pagePath, string basePath)
    {
        var up = ToRoot(pagePath);
        return LinkAttribute().Replace(html, match =>
        {
            var value = match.Groups["value"].Value;
            if (!value.StartsWith(basePath, StringComparison.Ordinal))
            {
                return match.Value;
            }

            var target = value[basePath.Length..];
            return $"{match.Groups["name"].Value}=\"{up}{target}\"";
        });
    }

    [GeneratedRegex("(?<name>\\b(?:href|src))=\"(?<value>/[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();
}
