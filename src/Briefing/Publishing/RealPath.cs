namespace Briefing.Publishing;

/// <summary>
/// A path with every symbolic link along it resolved, as far as the path exists. .NET resolves a link only at
/// the last component of a path, so the walk over the components is done here.
/// </summary>
public static class RealPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo? link;
            try
            {
                link = Directory.Exists(next) || File.Exists(next) ? new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true) : null;
            }
            catch (IOException)
            {
                link = null; // a loop of links: keep the path as spelled, the check that uses it still compares it.
            }

            if (!Directory.Exists(next) && !File.Exists(next) && new FileInfo(next).LinkTarget is null)
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }

            current = link is null ? next : Path.GetFullPath(link.FullName);
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/>, resolved, is <paramref name="folder"/> (resolved) or lies inside it.</summary>
    public static bool IsWithin(string path, string folder)
    {
        var resolved = Of(path);
        var container = Of(folder).TrimEnd(Path.DirectorySeparatorChar);
        return string.Equals(resolved, container, OutputFolderRules.PathComparison)
            || resolved.StartsWith(container + Path.DirectorySeparatorChar, OutputFolderRules.PathComparison);
    }
}
