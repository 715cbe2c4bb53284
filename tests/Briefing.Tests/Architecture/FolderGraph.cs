using ArchUnitNET.Loader;

namespace Briefing.Tests.Architecture;

/// <summary>
/// The app's folder graph as compiled: every type of the app assembly and every app type it uses, in signatures
/// and method bodies alike (read from the IL by ArchUnitNET), folded into the folders <c>Briefing.&lt;Folder&gt;</c>.
/// </summary>
internal static class FolderGraph
{
    private const string Prefix = "Briefing.";

    private static readonly Lazy<IReadOnlyList<FolderEdge>> Loaded = new(Load);

    public static IReadOnlyList<FolderEdge> Edges => Loaded.Value;

    /// <summary>The folder of a namespace such as "Briefing.Glossary.Linking" ("Glossary"), or null outside the app's folders.</summary>
    public static string? FolderOf(string? ns)
    {
        if (ns is null || !ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static IReadOnlyList<FolderEdge> Load()
    {
        var assembly = typeof(Core.Page).Assembly;
        var architecture = new ArchLoader().LoadAssemblies(assembly).Build();
        var edges = new HashSet<FolderEdge>();
        foreach (var type in architecture.Types.Where(t => t.Assembly?.FullName == assembly.FullName))
        {
            var from = FolderOf(type.Namespace?.FullName);
            if (from is null)
            {
                continue; // the program's entry point and compiler-made types outside any folder
            }

            foreach (var dependency in type.Dependencies)
            {
                // Generic parameters and some compiler-made targets have no assembly or namespace: they name no folder.
                if (dependency.Target is { Assembly.FullName: var name } target && name == assembly.FullName
                    && FolderOf(target.Namespace?.FullName) is { } to)
                {
                    edges.Add(new FolderEdge(from, to, type.FullName, target.FullName));
                }
            }
        }

        return [.. edges];
    }
}
