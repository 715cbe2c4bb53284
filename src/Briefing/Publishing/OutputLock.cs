using System.Text;

namespace Briefing.Publishing;

/// <summary>
/// Lets one build at a time replace an output folder: a lock file beside the folder, held open with an exclusive
/// (operating-system) lock for the whole build, so a second build into the same folder waits for the first, and a
/// build that dies frees the lock with its process. The holder removes the file on release and only then marks it
/// released, so a build that was waiting on the removed file sees the mark and takes the lock afresh.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private const string Held = "held\n";
    private const string Released = "released\n";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;
    private int _released;

    private OutputLock(string path, FileStream stream)
    {
        LockFile = path;
        _stream = stream;
    }

    /// <summary>The lock file.</summary>
    public string LockFile { get; }

    /// <summary>The lock file for <paramref name="outputDirectory"/>: <c>.NAME.lock</c> beside it.</summary>
    public static string PathFor(string outputDirectory)
    {
        var full = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>Takes the lock, waiting while another build holds it (<paramref name="waiting"/> is called once if so).</summary>
    public static async Task<OutputLock> AcquireAsync(string outputDirectory, Action? waiting, CancellationToken cancellationToken)
    {
        var path = PathFor(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var told = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryTake(path) is { } taken)
            {
                return taken;
            }

            if (!told)
            {
                told = true;
                waiting?.Invoke();
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    private static OutputLock? TryTake(string path)
    {
        FileStream stream;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                break;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another build. The sharing violation's code differs between systems, so the test is that
                // the file is there: a folder that cannot hold the file (missing, read-only, /proc) fails to create
                // it, and that error goes to the caller instead of waiting for ever.
                return null;
            }
            catch (IOException) when (attempt < 3)
            {
                // The holder may have removed the file between the refused open and the look above: try again,
                // and only a folder that keeps refusing a file that is not there is an error.
            }
        }

        var buffer = new byte[Released.Length];
        var read = stream.Read(buffer, 0, buffer.Length);
        if (Encoding.ASCII.GetString(buffer, 0, read) == Released)
        {
            stream.Dispose(); // the file a finished build removed: try again on the one at the path now
            return null;
        }

        stream.SetLength(0);
        stream.Write(Encoding.ASCII.GetBytes(Held));
        stream.Flush();
        return new OutputLock(path, stream);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }

        try
        {
            File.Delete(LockFile);
            _stream.SetLength(0);
            _stream.Write(Encoding.ASCII.GetBytes(Released));
            _stream.Flush();
        }
        catch (IOException)
        {
            // Releasing must not fail the build: the lock is freed when the file closes below.
        }
        finally
        {
            _stream.Dispose();
        }
    }
}
