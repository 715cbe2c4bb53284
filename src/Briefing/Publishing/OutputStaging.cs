using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Briefing.Core;

namespace Briefing.Publishing;

/// <summary>
/// The build writes into a staging folder beside the output folder and swaps it into place only when the whole
/// build succeeded, so a failed build leaves the previous site untouched and a server never sees half a site.
/// The staging folder and the retired copy have names of their own per build (two builds never share them), and
/// <see cref="Abandon"/> removes whatever of them is left on any way out of a build. The output gets the marker
/// file of <see cref="OutputFolderRules"/>, so the next build knows the folder is its own.
/// </summary>
internal sealed class OutputStaging : ISiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputStaging(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(OutputDirectory)!;
        var name = Path.GetFileName(OutputDirectory);
        var unique = Guid.NewGuid().ToString("N")[..12];
        _parent = parent;
        _name = name;
        Directory = Path.Combine(parent, $".{name}.staging-{unique}");
        _retired = Path.Combine(parent, $".{name}.old-{unique}");
        _isBriefingOutput = new(() => File.Exists(Path.Combine(OutputDirectory, OutputFolderRules.MarkerFileName)));
    }

    private readonly string _parent;
    private readonly string _name;

    private readonly string _retired;
    private readonly Lazy<bool> _isBriefingOutput;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _files;
    private int _pages;

    /// <summary>Files written in this build.</summary>
    public int FilesWritten => _files;

    /// <summary>HTML pages written in this build.</summary>
    public int PagesWritten => _pages;

    public string OutputDirectory { get; }

    public string Directory { get; }

    public void Begin()
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, OutputFolderRules.MarkerFileName), OutputFolderRules.MarkerText, Utf8);
    }

    /// <summary>
    /// Removes staging folders and retired copies that builds killed outright (no chance to clean up) left beside
    /// the output. Call only while holding the folder's <see cref="OutputLock"/>, so no live build owns them.
    /// </summary>
    public void RemoveLeftovers()
    {
        if (!System.IO.Directory.Exists(_parent))
        {
            return;
        }

        foreach (var pattern in new[] { $".{_name}.staging-*", $".{_name}.old-*" })
        {
            foreach (var leftover in System.IO.Directory.EnumerateDirectories(_parent, pattern))
            {
                DeleteIfPresent(leftover);
            }
        }
    }

    /// <summary>The output folder's file at <paramref name="destination"/>, if the folder is a Briefing output (it has the marker) and has that file.</summary>
    public string? PublishedFile(string destination)
    {
        var full = Path.GetFullPath(Path.Combine(OutputDirectory, destination));
        return full.StartsWith(OutputDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && _isBriefingOutput.Value
            && File.Exists(full)
                ? full
                : null;
    }

    /// <summary>The staging path for writing a destination such as <c>glossary/index.html</c> (counted as written); refuses paths that leave the folder.</summary>
    public string PathFor(string destination)
    {
        var full = Path.GetFullPath(Path.Combine(Directory, destination));
        if (!full.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Destination '{destination}' is outside the output folder.");
        }

        Interlocked.Increment(ref _files);
        if (destination.EndsWith(".html", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _pages);
        }

        return full;
    }

    // The text is encoded into a pooled buffer and written with one call on a file of its own: a fresh staging
    // folder holds no earlier copy to compare with, and the asynchronous text writer's stream and encoder per file
    // cost more than the write itself for pages of a few kilobytes.
    public Task WriteTextAsync(string destination, string content, CancellationToken cancellationToken)
    {
        var target = PathFor(destination);
        EnsureFolderOf(target);
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8.GetBytes(content, buffer);
            Write(target, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Task.CompletedTask;
    }

    public Task WriteBytesAsync(string destination, byte[] content, CancellationToken cancellationToken)
    {
        var target = PathFor(destination);
        EnsureFolderOf(target);
        Write(target, content);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A build in a new process knows nothing of the last one but its output: the published file is copied when it
    /// says it was made from the same inputs (a card's stamp in its first bytes), and made otherwise.
    /// </summary>
    public Task WriteMadeAsync(string destination, IMadeOnWrite file, CancellationToken cancellationToken) =>
        PublishedFile(destination) is { } published && file.IsMadeAs(published)
            ? CopyFileAsync(destination, published, cancellationToken)
            : WriteBytesAsync(destination, file.Make(), cancellationToken);

    public Task CopyFileAsync(string destination, string sourceFile, CancellationToken cancellationToken)
    {
        var target = PathFor(destination);
        EnsureFolderOf(target);
        File.Copy(sourceFile, target, overwrite: true);
        return Task.CompletedTask;
    }

    private static void Write(string target, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, content, fileOffset: 0);
    }

    // Thousands of files share a few hundred folders; each is created once (creating it twice, when two writers
    // race to it, is harmless).
    private void EnsureFolderOf(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
    }

    /// <summary>Moves the staged site into place: two renames, so the old site stays whole until the new one is complete.</summary>
    public void Commit()
    {
        var hadOutput = System.IO.Directory.Exists(OutputDirectory);
        if (hadOutput)
        {
            System.IO.Directory.Move(OutputDirectory, _retired);
        }

        try
        {
            System.IO.Directory.Move(Directory, OutputDirectory);
        }
        catch when (hadOutput)
        {
            System.IO.Directory.Move(_retired, OutputDirectory); // put the previous site back before failing
            throw;
        }

        DeleteIfPresent(_retired);
    }

    /// <summary>Removes this build's staging folder and retired copy, whichever exist; safe to call on every way out.</summary>
    public void Abandon()
    {
        DeleteIfPresent(Directory);
        DeleteIfPresent(_retired);
    }

    private static void DeleteIfPresent(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
