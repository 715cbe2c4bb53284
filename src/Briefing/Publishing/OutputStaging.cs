using System.Text;

namespace Briefing.Publishing;

/// <summary>
/// The build writes into a staging folder beside the output folder and swaps it into place only when the whole
/// build succeeded, so a failed build leaves the previous site untouched and a server never sees half a site.
/// </summary>
public sealed class OutputStaging : ISiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputStaging(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(OutputDirectory)!;
        var name = Path.GetFileName(OutputDirectory);
        Directory = Path.Combine(parent, $".{name}.staging");
        _retired = Path.Combine(parent, $".{name}.old");
    }

    private readonly string _retired;
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
        DeleteIfPresent(Directory);
        System.IO.Directory.CreateDirectory(Directory);
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

    public async Task WriteTextAsync(string destination, string content, CancellationToken cancellationToken)
    {
        var target = PathFor(destination);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, content, Utf8, cancellationToken).ConfigureAwait(false);
    }

    public Task CopyFileAsync(string destination, string sourceFile, CancellationToken cancellationToken)
    {
        var target = PathFor(destination);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(sourceFile, target, overwrite: true);
        return Task.CompletedTask;
    }

    /// <summary>Moves the staged site into place: two renames, so the old site stays whole until the new one is complete.</summary>
    public void Commit()
    {
        DeleteIfPresent(_retired);
        if (System.IO.Directory.Exists(OutputDirectory))
        {
            System.IO.Directory.Move(OutputDirectory, _retired);
        }

        System.IO.Directory.Move(Directory, OutputDirectory);
        DeleteIfPresent(_retired);
    }

    public void Abandon() => DeleteIfPresent(Directory);

    private static void DeleteIfPresent(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
