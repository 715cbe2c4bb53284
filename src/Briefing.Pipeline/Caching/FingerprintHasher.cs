using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// A streaming 128-bit digest (XXH3-128 from System.IO.Hashing) of typed values. Callers add values with their
/// lengths, so different sequences of values never share a stream. Fast and non-cryptographic: the cache hashes
/// every page on every rebuild, and a collision would need a deliberate attack on the site's own sources.
/// Create one with <see cref="Create"/>; a default instance has no state to add to.
/// </summary>
public struct FingerprintHasher
{
    /// <summary>How much is gathered before the digest switches to streaming.</summary>
    private const int MaxGathered = 4096;

    // Most values a cache fingerprints are a few dozen bytes (a record of short texts and numbers): those are
    // gathered in a small array and hashed in one call at the end, which costs a fraction of a streaming digest
    // (its state is about half a kilobyte, and each small append goes through its buffering). Past MaxGathered the
    // gathered bytes go into a streaming digest and the rest is streamed; XXH3's streaming and one-shot digests of
    // the same bytes are equal, so the fingerprint does not depend on which way it was made.
    private byte[] _gathered;
    private int _used;
    private XxHash128? _stream;
    private long _length;
    private long _nestedWork;

    private FingerprintHasher(byte[] gathered)
    {
        _gathered = gathered;
    }

    public static FingerprintHasher Create() => new(new byte[128]);

    /// <summary>How many bytes have been added: a measure of how much the content cost to hash.</summary>
    public readonly long Length => _length;

    /// <summary>
    /// What the content cost to fingerprint: the bytes added here and the bytes hashed for the nested values whose
    /// fingerprints were added (<see cref="AddNestedWork"/>), which <see cref="Length"/> counts as 16 bytes each.
    /// </summary>
    public readonly long Work => _length + _nestedWork;

    /// <summary>Counts the bytes hashed to make a nested value's fingerprint, added to this one as a fingerprint.</summary>
    public void AddNestedWork(long bytes) => _nestedWork += bytes;

    public void Add(ulong word)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, word);
        Add(bytes);
    }

    public void Add(long value) => Add(unchecked((ulong)value));

    public void Add(bool value) => Add(value ? 1UL : 0UL);

    public void Add(Fingerprint fingerprint)
    {
        Add(fingerprint.High);
        Add(fingerprint.Low);
    }

    /// <summary>Adds a text (its length, then its UTF-16 code units); null and "" differ.</summary>
    public void Add(string? text)
    {
        if (text is null)
        {
            Add(ulong.MaxValue);
            return;
        }

        Add((ulong)text.Length);
        Add(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>Adds raw bytes (callers add the length when it is not implied).</summary>
    public void Add(ReadOnlySpan<byte> bytes)
    {
        _length += bytes.Length;
        if (_stream is { } stream)
        {
            stream.Append(bytes);
            return;
        }

        var needed = _used + bytes.Length;
        if (needed > MaxGathered)
        {
            _stream = new XxHash128();
            _stream.Append(_gathered.AsSpan(0, _used));
            _stream.Append(bytes);
            _used = 0;
            return;
        }

        if (needed > _gathered.Length)
        {
            Array.Resize(ref _gathered, Math.Min(MaxGathered, Math.Max(needed, _gathered.Length * 2)));
        }

        bytes.CopyTo(_gathered.AsSpan(_used));
        _used = needed;
    }

    public readonly Fingerprint Finish()
    {
        var digest = _stream is { } stream ? stream.GetCurrentHashAsUInt128() : XxHash128.HashToUInt128(_gathered.AsSpan(0, _used));
        return new Fingerprint((ulong)(digest >> 64), (ulong)digest);
    }
}
