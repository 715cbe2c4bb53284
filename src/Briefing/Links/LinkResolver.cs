using System.Text.RegularExpressions;

namespace Briefing.Links;

/// <summary>
/// Decides whether one link of a written page works, the way a browser would resolve it on the published site:
/// against the page's own URL under the base URL. Internal links must name a written file (a folder link its
/// <c>index.html</c>) and, with a <c>#fragment</c>, an element id on that page; a link that leaves the base path
/// is broken (the classic site-absolute link without the project path). External links are only checked for syntax.
/// </summary>
internal sealed partial class LinkResolver(Uri baseUrl, IReadOnlySet<string> files, IReadOnlyDictionary<string, PublishedPage> pages)
{
    private readonly string _basePath = baseUrl.AbsolutePath;

    /// <summary>The URL a written file is served at: <c>a/index.html</c> at <c>a/</c>, any other file at its own path.</summary>
    public Uri PageUrl(string file) =>
        new(baseUrl, file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    /// <summary>Where a written file is served, for checking all its links (<see cref="Check(PageAddress, PublishedLink)"/>).</summary>
    public PageAddress AddressOf(string file) => new(PageUrl(file));

    public LinkProblem? Check(PublishedPage page, PublishedLink link) => Check(AddressOf(page.File), link);

    /// <summary>Checks a link of the page served at <paramref name="page"/>.</summary>
    public LinkProblem? Check(PageAddress page, PublishedLink link)
    {
        // Browsers strip surrounding whitespace from URLs; an empty href is the page itself.
        var value = link.Value.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return CheckAbsolute(baseUrl.Scheme + ":" + value);
        }

        if (SchemePattern().IsMatch(value))
        {
            return CheckAbsolute(value);
        }

        if (PlainLink.TryResolve(page.Path, value, out var plainPath, out var plainFragment)
            && plainPath.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return CheckTarget(plainPath, plainFragment);
        }

        return Uri.TryCreate(page.Url, value, out var resolved)
            ? CheckInternal(resolved)
            : new LinkProblem("it is not a valid relative URL", "check the link for stray spaces or characters");
    }

    private LinkProblem? CheckAbsolute(string value)
    {
        var scheme = value[..value.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant();
        switch (scheme)
        {
            case "http" or "https":
                if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
                {
                    return new LinkProblem("it is not a well-formed web address", "write it like https://example.org/path");
                }

                return IsUnderBase(uri) ? CheckInternal(uri) : null;
            case "mailto" or "tel":
                return value.Length > scheme.Length + 1 ? null : new LinkProblem($"the {scheme}: link names no one", "add the address after the colon");
            case "javascript" or "vbscript":
                return new LinkProblem($"a {scheme}: URL is not a link", "use a button for actions, and a real URL for links");
            case "data":
                // A data: URL can carry a whole HTML page with script, so it gets the javascript: policy.
                return new LinkProblem("a data: URL is not a link (it can carry a page with script)", "put the file in input/assets/ and link to it");
            default:
                return null;
        }
    }

    private bool IsUnderBase(Uri uri) =>
        string.Equals(uri.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == baseUrl.Port
        && uri.AbsolutePath.StartsWith(_basePath, StringComparison.Ordinal);

    private LinkProblem? CheckInternal(Uri resolved)
    {
        if (!IsUnderBase(resolved))
        {
            return new LinkProblem(
                $"it leads to {resolved.AbsolutePath}, outside the site's base path {_basePath}",
                "write site links as /path/ in Markdown (the base path is added for you) or through the layout's URLs, never with a hand-written base path");
        }

        return CheckTarget(resolved.AbsolutePath, resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : null);
    }

    /// <summary>Checks a link that leads to <paramref name="absolutePath"/> (under the base path, as written in a URL) and <paramref name="fragment"/>.</summary>
    private LinkProblem? CheckTarget(string absolutePath, string? fragment)
    {
        var path = Uri.UnescapeDataString(absolutePath[_basePath.Length..]);
        var target = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!files.Contains(target))
        {
            // GitHub Pages answers /folder with a redirect to /folder/, so a folder link without its slash still works.
            if (!files.Contains(path + "/index.html"))
            {
                return new LinkProblem($"it leads to /{path}, which is not in the output", "link to an existing page, or add the page");
            }

            target = path + "/index.html";
        }

        if (fragment is null || fragment == "top" || !pages.TryGetValue(target, out var targetPage) || targetPage.Ids.Contains(fragment))
        {
            return null;
        }

        return new LinkProblem(
            $"it leads to /{path}#{fragment}, but that page has no element with id \"{fragment}\"",
            "link to an anchor that exists, or remove the fragment; article paragraphs are #p1 to #pN, best cited as cite:pN");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
