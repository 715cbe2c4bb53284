namespace Briefing.Benchmarks;

/// <summary>The repository's own site, found from wherever the benchmark runs, so benchmarks measure real input.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Briefing.sln not found).");
    }
}
