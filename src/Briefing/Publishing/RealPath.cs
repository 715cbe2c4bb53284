namespace Briefing.Publishing;

/// <summary>
/// A path with every symbolic link along it resolved, as far as the path exists (a dangling link resolves to where
/// it points). .NET resolves a link only at the last component of a path, so the walk over the components is
/// done here.
/// </summary>
internal static class RealPath
{
    // As the kernel does, give up on a chain of links this long (a loop); the path is then kept as spelled.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var pending = new Queue<string>(Split(Path.GetFullPath(path), out var current));
        var links = 0;
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Dequeue());
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                target = null;
            }

            if (target is null || ++links > MaxLinks)
            {
                current = next;
                continue;
            }

            // Start again from the link's target, with the components that followed the link still to walk.
            var resolved = Path.GetFullPath(target, current);
            var rest = pending.ToList();
            pending = new Queue<string>([.. Split(resolved, out current), .. rest]);
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

    private static string[] Split(string full, out string root)
    {
        root = Path.GetPathRoot(full) ?? "/";
        return full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
    }
}
