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
    private readonly XxHash128 _hash;
    private long _length;

    private FingerprintHasher(XxHash128 hash) => _hash = hash;

    public static FingerprintHasher Create() => new(new XxHash128());

    /// <summary>How many bytes have been added: a measure of how much the content cost to hash.</summary>
    public readonly long Length => _length;

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
        _hash.Append(bytes);
        _length += bytes.Length;
    }

    public readonly Fingerprint Finish()
    {
        var digest = _hash.GetCurrentHashAsUInt128();
        return new Fingerprint((ulong)(digest >> 64), (ulong)digest);
    }
}
