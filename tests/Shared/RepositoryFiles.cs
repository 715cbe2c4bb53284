namespace Briefing.Testing;

/// <summary>
/// Finds files of the repository the tests and benchmarks were built from, so they read the real site and seed.
/// One file compiled into each test and benchmark project (linked from their project files).
/// </summary>
internal static class RepositoryFiles
{
    private static readonly string[] SiteFolders = ["seeds", "input", "theme"];

    // The settings file's name is written out because this file is also compiled where the app is not referenced;
    // RepositoryFilesTests holds it equal to the app's own name.
    private static readonly string[] SiteFiles = ["briefing.yml", "links.lock"];

    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// Copies the repository's site (its settings, link lock, seeds, input and theme) into
    /// <paramref name="target"/>, so a test or benchmark builds the real site without touching the repository.
    /// </summary>
    public static void CopySiteTo(string target)
    {
        foreach (var folder in SiteFolders)
        {
            CopyFolder(PathOf(folder), Path.Combine(target, folder));
        }

        Directory.CreateDirectory(target);
        foreach (var file in SiteFiles.Where(f => File.Exists(PathOf(f))))
        {
            File.Copy(PathOf(file), Path.Combine(target, file));
        }
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    // BenchmarkDotNet may run benchmarks from a copy of the binaries outside the repository, so the current
    // folder is tried after the folder of the binaries.
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No folder containing Briefing.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}: run from inside the repository.");
    }
}
