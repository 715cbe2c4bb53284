using Briefing.Tests.Support;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Preview;

/// <summary>A temporary copy of the repository's site (settings, seeds, input, theme) that tests may edit.</summary>
internal static class SiteCopy
{
    public static TemporaryDirectory Create()
    {
        var folder = new TemporaryDirectory();
        File.Copy(RepositoryFiles.PathOf("briefing.yml"), folder.Combine("briefing.yml"));
        foreach (var name in new[] { "seeds", "input", "theme" })
        {
            var source = RepositoryFiles.PathOf(name);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = folder.Combine(name, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return folder;
    }

    /// <summary>Rewrites a file of the copy in place, as an editor's save does.</summary>
    public static void Edit(TemporaryDirectory site, string relativePath, Func<string, string> change) =>
        site.Write(relativePath, change(site.Read(relativePath)));
}
