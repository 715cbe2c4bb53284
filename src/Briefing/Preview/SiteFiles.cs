namespace Briefing.Preview;

/// <summary>How a site-relative request path maps to a file of the built site, with clean URLs.</summary>
public static class SiteFiles
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
            return SiteFile.Found(full);
        }

        return !relativePath.EndsWith('/') && File.Exists(Path.Combine(full, "index.html")) ? SiteFile.Redirect : SiteFile.Missing;
    }
}
