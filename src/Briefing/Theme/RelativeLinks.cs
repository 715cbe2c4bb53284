using System.Text;
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
        ArgumentNullException.ThrowIfNull(html);
        var up = ToRoot(pagePath);
        StringBuilder? rewritten = null;
        var copied = 0;

        // Matches are enumerated without allocating and the page is copied once, around the values that change:
        // a replacement callback allocated every match and rebuilt the page from the pieces.
        foreach (var match in LinkAttribute().EnumerateMatches(html))
        {
            var attribute = html.AsSpan(match.Index, match.Length);
            var valueStart = attribute.IndexOf('=') + 2;
            var value = attribute[valueStart..^1];
            if (!value.StartsWith(basePath, StringComparison.Ordinal))
            {
                continue;
            }

            rewritten ??= new StringBuilder(html.Length);
            rewritten.Append(html, copied, match.Index + valueStart - copied).Append(up).Append(value[basePath.Length..]).Append('"');
            copied = match.Index + match.Length;
        }

        return rewritten is null ? html : rewritten.Append(html, copied, html.Length - copied).ToString();
    }

    [GeneratedRegex("(?<name>\\b(?:href|src))=\"(?<value>/[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();
}
