using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Architecture;

/// <summary>
/// The one-way folder graph of <c>src/Briefing</c> (docs/architecture.md): core and theme use no feature, a
/// feature uses only the core, the theme and features before it, and nothing uses the hosts or the command line.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string AppFolder = RepositoryFiles.PathOf("src/Briefing");

    [Fact]
    public void Every_folder_is_registered_in_the_folder_order()
    {
        var folders = SourceFolders().Concat(FolderGraph.Edges.SelectMany(e => new[] { e.From, e.To }));
        var unknown = FolderRules.Declared.Unknown(folders);

        Assert.True(
            unknown.Count == 0,
            string.Join(Environment.NewLine, unknown.Select(f =>
                $"src/Briefing/{f}/ (namespace Briefing.{f}) is not in the folder order: add \"{f}\" to FolderOrder.Features in "
                + $"{FolderOrder.FileName}, after every feature it uses (or to Foundation or Hosts if it is one of those)")));
    }

    [Fact]
    public void No_folder_uses_one_it_may_not()
    {
        var violations = FolderRules.Declared.Violations(FolderGraph.Edges);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Folders_form_no_cycle()
    {
        var cycles = FolderRules.Cycles(FolderGraph.Edges);

        Assert.True(cycles.Count == 0, "folders that use each other: " + string.Join("; ", cycles));
    }

    [Fact]
    public void The_graph_sees_uses_inside_method_bodies()
    {
        // SitePipelines only creates the seed steps inside a method; a graph of signatures alone would miss it.
        Assert.Contains(FolderGraph.Edges, e => e is { From: "Site", To: "Seeds", FromType: "Briefing.Site.SitePipelines" });
        Assert.Contains(FolderGraph.Edges, e => e is { From: "Glossary", To: "Core" });
    }

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        var wrong = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(AppFolder, file).Replace('\\', '/');
            var folder = Path.GetDirectoryName(relative)!.Replace('\\', '/');
            var declared = Namespace().Match(File.ReadAllText(file)) is { Success: true } m ? m.Groups[1].Value : null;
            var expected = folder.Length == 0 ? null : "Briefing." + folder.Replace('/', '.');
            if (declared != expected)
            {
                wrong.Add($"src/Briefing/{relative} declares {declared ?? "no namespace"}; files in src/Briefing/{folder}/ belong to {expected ?? "no namespace"}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(AppFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(AppFolder, f)));

    private static IEnumerable<string> SourceFolders() =>
        SourceFiles()
            .Select(f => Path.GetRelativePath(AppFolder, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal))
            .Select(f => f[..f.IndexOf('/', StringComparison.Ordinal)]);

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();
}
