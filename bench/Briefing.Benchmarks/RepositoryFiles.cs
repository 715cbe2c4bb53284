namespace Briefing.Benchmarks;

/// <summary>The repository's own site, found from wherever the benchmark runs, so benchmarks measure real input.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    // BenchmarkDotNet may run the benchmarks from a copy of the binaries, so the current folder is tried as well.
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Briefing.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Briefing.sln not found).");
    }
}
