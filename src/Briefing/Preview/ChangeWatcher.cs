using System.Threading.Channels;
using Briefing.Core;

namespace Briefing.Preview;

/// <summary>
/// Watches what a build reads: <c>seeds/</c>, <c>input/</c>, <c>theme/</c> and the settings file, and queues the
/// site-relative path of every change. Folders are watched one by one rather than the whole site root, which also
/// holds <c>output/</c>, the preview's own builds and, in a repository, <c>.git/</c> and build folders.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    /// <summary>Queued when the watcher lost events (its buffer overflowed): anything may have changed.</summary>
    public const string Everything = "*";

    public static readonly IReadOnlyList<string> Folders = SiteFolders.Sources;

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _root;

    public ChangeWatcher(string siteRoot)
    {
        _root = Path.GetFullPath(siteRoot);
        foreach (var folder in Folders.Select(f => Path.Combine(_root, f)).Where(Directory.Exists))
        {
            Watch(new FileSystemWatcher(folder) { IncludeSubdirectories = true });
        }

        Watch(new FileSystemWatcher(_root, SiteSettingsReader.FileName) { IncludeSubdirectories = false });
    }

    public ChannelReader<string> Changes => _changes.Reader;

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Watch(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.InternalBufferSize = 64 * 1024;
        watcher.Changed += (_, e) => Queue(e.FullPath);
        watcher.Created += (_, e) => Queue(e.FullPath);
        watcher.Deleted += (_, e) => Queue(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Queue(e.OldFullPath);
            Queue(e.FullPath);
        };
        watcher.Error += (_, _) => _changes.Writer.TryWrite(Everything);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Queue(string fullPath)
    {
        if (!IsEditorScratch(Path.GetFileName(fullPath)))
        {
            _changes.Writer.TryWrite(Path.GetRelativePath(_root, fullPath).Replace('\\', '/'));
        }
    }

    /// <summary>Backup, swap and lock files that editors write beside the file being edited; they never change the site.</summary>
    private static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal)
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal);
}
