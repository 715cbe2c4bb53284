using Briefing.Pipeline.Caching;

namespace Briefing.Preview;

/// <summary>
/// What a generation knows of a file made on writing (a social card) that it holds: the stamp it was made from, its
/// fingerprint, and its length and modification time as written. A file whose length or time differ on disk was
/// changed or deleted behind the preview's back and is not trusted; one stat per file, no read.
/// </summary>
internal readonly record struct StampedFile(string Stamp, Fingerprint Fingerprint, long Length, DateTime LastWriteUtc)
{
    public static StampedFile Of(string stamp, Fingerprint fingerprint, string path)
    {
        var info = new FileInfo(path);
        return new StampedFile(stamp, fingerprint, info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>Whether <paramref name="path"/> is still the file as written (it exists with the same length and time).</summary>
    public bool IsOnDisk(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == Length && info.LastWriteTimeUtc == LastWriteUtc;
    }
}
