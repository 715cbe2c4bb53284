namespace Briefing.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no folder containing Briefing.sln above {AppContext.BaseDirectory}");
    }
}
