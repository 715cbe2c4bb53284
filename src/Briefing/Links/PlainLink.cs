namespace Briefing.Links;

/// <summary>
/// Resolves a relative link of the plainest shape, the shape of every link the build writes itself
/// (<c>../../glossary/baku/</c>, <c>../#p3</c>, <c>#top</c>): letters, digits and <c>- . _ ~</c> in segments
/// separated by single slashes, and an optional <c>#fragment</c> of the same characters. Such a link has nothing to
/// escape, unescape or normalise, so resolving it against the page's path is the reference resolution of RFC 3986
/// alone: merge with the page's folder, then remove the <c>.</c> and <c>..</c> segments.
/// </summary>
/// <remarks>
/// Hand-written rather than left to <see cref="Uri"/>, which the checker still uses for every other link: with a
/// hundred thousand links at 4,000 pages, making two <see cref="Uri"/>s per link was most of the check's time.
/// <c>PlainLinkTests</c> compares the two on generated links.
/// </remarks>
internal static class PlainLink
{
    /// <summary>
    /// The path and fragment (null when there is none or it is empty) that <paramref name="value"/> leads to from the
    /// page at <paramref name="pagePath"/> (an absolute path, such as <c>/briefing/glossary/</c>), or false when the
    /// link is not of the plain shape, or climbs above the root, and must be resolved by <see cref="Uri"/>.
    /// </summary>
    public static bool TryResolve(string pagePath, string value, out string path, out string? fragment)
    {
        (path, fragment) = ("", null);
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        var reference = hash < 0 ? value : value[..hash];
        if (hash >= 0)
        {
            var text = value.AsSpan(hash + 1);
            if (!IsPlain(text, allowSlash: false))
            {
                return false;
            }

            fragment = text.Length > 0 ? text.ToString() : null;
        }

        if (reference.Length == 0)
        {
            path = pagePath;
            return true;
        }

        if (!IsPlain(reference, allowSlash: true) || reference.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        var merged = reference[0] == '/' ? reference : string.Concat(pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1), reference);
        return TryRemoveDotSegments(merged, out path);
    }

    private static bool TryRemoveDotSegments(string merged, out string path)
    {
        path = "";
        var segments = merged.Split('/');
        var kept = new List<string>(segments.Length);

        // segments[0] is the empty text before the leading slash; a last segment of "." or ".." leaves a folder.
        var folder = false;
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            switch (segment)
            {
                case ".":
                    folder = last;
                    break;
                case "..":
                    if (kept.Count == 0)
                    {
                        return false; // above the root: left to Uri
                    }

                    kept.RemoveAt(kept.Count - 1);
                    folder = last;
                    break;
                default:
                    kept.Add(segment);
                    folder = false;
                    break;
            }
        }

        path = "/" + string.Join('/', kept) + (folder && kept.Count > 0 ? "/" : "");
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<char> text, bool allowSlash)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' || (allowSlash && c == '/')))
            {
                return false;
            }
        }

        return true;
    }
}
