using Briefing.Publishing;

namespace Briefing.Preview;

/// <summary>How a site-relative request path maps to a file of the built site, with clean URLs.</summary>
internal static class SiteFiles
{
    /// <summary>
    /// Resolves "summaries/x/" to "summaries/x/index.html" and "assets/site.css" to itself. Returns
    /// <see cref="SiteFile.Redirect"/> for a folder asked for without its trailing slash (page-relative links
    /// only work with it), and <see cref="SiteFile.Missing"/> when there is no such file inside the site.
    /// </summary>
    public static SiteFile Resolve(string siteFolder, string relativePath)
    {
        var root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (relativePath.StartsWith('/') || relativePath.Contains('\\', StringComparison.Ordinal) || relativePath.Contains(':', StringComparison.Ordinal))
        {
            return SiteFile.Missing;
        }

        var candidate = relativePath.Length == 0 || relativePath.EndsWith('/') ? relativePath + "index.html" : relativePath;
        var full = Path.GetFullPath(Path.Combine(root, candidate));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return SiteFile.Missing;
        }

        if (File.Exists(full))
        {
            return ResolvesInside(full, root) ? SiteFile.Found(full) : SiteFile.Missing;
        }

        var index = Path.Combine(full, "index.html");
        return !relativePath.EndsWith('/') && File.Exists(index) && ResolvesInside(index, root) ? SiteFile.Redirect : SiteFile.Missing;
    }

    /// <summary>
    /// Whether the file, with every symbolic link on its path resolved, still lies inside the served folder: the
    /// textual check above cannot see a link in the folder that points at /etc or a home directory.
    /// </summary>
    private static bool ResolvesInside(string file, string root) =>
        RealPath.Of(file).StartsWith(RealPath.Of(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
