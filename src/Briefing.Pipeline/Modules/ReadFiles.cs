using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Modules;

/// <summary>
/// Reads the files below <c>root/folder</c> that match a search pattern, in ordinal path order, as documents
/// whose <see cref="Document.Source"/> is the path relative to <c>root</c>. With a <see cref="SourceFiles"/>
/// service registered, unchanged files are not read again. Files are decoded as strict UTF-8 (see <see cref="StrictUtf8"/>).
/// </summary>
public sealed class ReadFiles(string root, string folder, string searchPattern, bool recursive = true) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var directory = new DirectoryInfo(Path.Combine(root, folder));
        if (!directory.Exists)
        {
            return [];
        }

        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var files = directory.EnumerateFiles(searchPattern, option)
            .Select(f => (File: f, Source: Path.GetRelativePath(root, f.FullName).Replace('\\', '/')))
            .OrderBy(f => f.Source, StringComparer.Ordinal)
            .ToList();

        var known = context.FindService<SourceFiles>();
        var documents = new Document[files.Count];
        var unreadable = new Diagnostic?[files.Count];
        await Parallel.ForAsync(0, files.Count, context.CancellationToken, async (i, token) =>
        {
            var (file, source) = files[i];
            if (known?.Find(file) is { } unchanged)
            {
                documents[i] = unchanged;
                return;
            }

            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file.FullName, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file the process may not read is the machine's problem, not a bug: say which file and why.
                unreadable[i] = Diagnostic.Error($"cannot read this file: {ex.Message}", new SourceLocation(source),
                    "check that it exists and that the user running the build may read it");
                return;
            }

            documents[i] = new Document { Source = source, Content = StrictUtf8.Decode(bytes, source) };
            known?.Remember(file, documents[i]);
        }).ConfigureAwait(false);
        if (unreadable.OfType<Diagnostic>().ToList() is { Count: > 0 } errors)
        {
            throw new DiagnosticException(errors);
        }

        return documents;
    }
}
