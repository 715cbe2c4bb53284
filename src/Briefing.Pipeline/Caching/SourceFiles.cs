using System.Collections.Concurrent;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// Remembers the documents <see cref="Modules.ReadFiles"/> made from source files, across the runs of a session,
/// so that an unchanged file comes back as the very same document: it is not read again, and every cache keyed
/// on it is one reference lookup away. A file is read again when the session says it changed (its watcher saw
/// it) or when its size or last-write time differ from when it was read; timestamps alone are too coarse on
/// some file systems to notice a quick same-size edit, hence the explicit <see cref="Changed"/>.
/// </summary>
public sealed class SourceFiles
{
    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);

    /// <summary>Forgets a file (by full path), or every file below a folder, so that it is read again.</summary>
    public void Changed(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        var folder = path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var key in _files.Keys.Where(k => k == path || k.StartsWith(folder, StringComparison.Ordinal)))
        {
            _files.TryRemove(key, out _);
        }
    }

    /// <summary>Forgets every file (e.g. when the watcher lost track).</summary>
    public void ChangedAll() => _files.Clear();

    /// <summary>The document read earlier from this file, if the file has not changed since.</summary>
    public Document? Find(FileInfo file) =>
        _files.TryGetValue(file.FullName, out var entry) && entry.Length == file.Length && entry.LastWriteUtc == file.LastWriteTimeUtc
            ? entry.Document
            : null;

    public void Remember(FileInfo file, Document document) =>
        _files[file.FullName] = new Entry(file.Length, file.LastWriteTimeUtc, document);

    private sealed record Entry(long Length, DateTime LastWriteUtc, Document Document);
}
