using Briefing.Site;
using Briefing.Tests.Seeds;

namespace Briefing.Tests.Support;

/// <summary>
/// A copy of the repository's site (briefing.yml, links.lock, seeds/, input/, theme/) in a fresh temporary folder,
/// to edit freely and build with <see cref="SiteBuild.RunAsync"/>. The folder is removed on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    private static readonly string[] Folders = ["seeds", "input", "theme"];
    private static readonly string[] Files = [SiteSettingsReader.FileName, "links.lock"];

    private TestSite(string root) => Root = root;

    public string Root { get; }

    /// <summary>Where <see cref="BuildAsync"/> writes the site.</summary>
    public string Output => Path.Combine(Root, "output");

    public static TestSite CopyOfRepository()
    {
        var site = new TestSite(Path.Combine(Path.GetTempPath(), "briefing-site-" + Guid.NewGuid().ToString("N")));
        foreach (var folder in Folders)
        {
            CopyFolder(RepositoryFiles.PathOf(folder), Path.Combine(site.Root, folder));
        }

        foreach (var file in Files.Where(f => File.Exists(RepositoryFiles.PathOf(f))))
        {
            File.Copy(RepositoryFiles.PathOf(file), Path.Combine(site.Root, file));
        }

        return site;
    }

    public Task<BuildReport> BuildAsync(string? baseUrl = null, CancellationToken cancellationToken = default) =>
        SiteBuild.RunAsync(new BuildOptions { SiteRoot = Root, OutputDirectory = Output, BaseUrlOverride = baseUrl }, cancellationToken);

    /// <summary>A path below the site root, written with '/' separators.</summary>
    public string PathOf(string relativePath) => Path.Combine([Root, .. relativePath.Split('/')]);

    public string OutputPathOf(string relativePath) => Path.Combine([Output, .. relativePath.Split('/')]);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public string ReadOutput(string relativePath) => File.ReadAllText(OutputPathOf(relativePath));

    public void Write(string relativePath, string text)
    {
        var file = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    public void Edit(string relativePath, Func<string, string> edit) => Write(relativePath, edit(Read(relativePath)));

    public void Move(string fromRelativePath, string toRelativePath) => File.Move(PathOf(fromRelativePath), PathOf(toRelativePath));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
