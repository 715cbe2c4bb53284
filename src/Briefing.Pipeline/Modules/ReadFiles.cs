namespace Briefing.Pipeline.Modules;

/// <summary>
/// Reads the files below <c>root/folder</c> that match a search pattern, in ordinal path order, as documents
/// whose <see cref="Document.Source"/> is the path relative to <c>root</c>.
/// </summary>
public sealed class ReadFiles(string root, string folder, string searchPattern, bool recursive = true) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var files = Directory.EnumerateFiles(directory, searchPattern, option)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var documents = new Document[files.Count];
        await Parallel.ForAsync(0, files.Count, context.CancellationToken, async (i, token) =>
        {
            var text = await File.ReadAllTextAsync(Path.Combine(root, files[i]), token).ConfigureAwait(false);
            documents[i] = new Document { Source = files[i], Content = text };
        }).ConfigureAwait(false);
        return documents;
    }
}
