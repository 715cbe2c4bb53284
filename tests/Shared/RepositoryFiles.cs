namespace Briefing.Testing;

/// <summary>
/// Finds files of the repository the tests and benchmarks were built from, so they read the real site and seed.
/// One file compiled into each test and benchmark project (linked from their project files).
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

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
