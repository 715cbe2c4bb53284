using Briefing.Pipeline.Diagnostics;
using Briefing.Publishing;

namespace Briefing.Site;

/// <summary>
/// The rule for symbolic links among the files a build reads (<c>seeds/</c>, <c>input/</c>, <c>theme/</c>): a link
/// whose target, fully resolved, lies inside the site root is read like the file it points to; a link that leads
/// out of the site (to <c>/proc/self/environ</c>, a home folder, …) or loops back to a folder holding it is an
/// error at the link, so nothing outside the site can be copied into the output.
/// </summary>
internal static class SourceLinks
{
    public static IReadOnlyList<Diagnostic> Check(string siteRoot)
    {
        var root = RealPath.Of(siteRoot);
        var problems = new List<Diagnostic>();
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = true };
        var pending = new Stack<string>(OutputFolderRules.ReadFolders.Select(f => Path.Combine(siteRoot, f)).Where(Directory.Exists).Reverse());
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.LinkTarget is { } target)
                {
                    if (Problem(entry, root) is { } why)
                    {
                        var source = Path.GetRelativePath(siteRoot, entry.FullName).Replace('\\', '/');
                        problems.Add(Diagnostic.Error(
                            $"symbolic link to '{target}' {why}",
                            new SourceLocation(source),
                            "a site reads only files inside its root: copy the file into the site, or point the link inside it"));
                    }
                }
                else if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
            }
        }

        return problems;
    }

    private static string? Problem(FileSystemInfo link, string root)
    {
        var resolved = RealPath.Of(link.FullName);
        if (!RealPath.IsWithin(resolved, root))
        {
            return $"leads outside the site (to '{resolved}')";
        }

        var holder = RealPath.Of(Path.GetDirectoryName(link.FullName)!);
        return Directory.Exists(resolved) && RealPath.IsWithin(holder, resolved)
            ? "loops back to a folder that holds it"
            : null;
    }
}
