using System.Numerics;
using System.Runtime.InteropServices;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// A streaming 128-bit hash over whole 64-bit words: two lanes of multiply–rotate rounds with different
/// constants, each finished with an avalanche step. Hand-written because the cache needs a fast
/// non-cryptographic digest (it hashes every page on every rebuild) and the one in System.IO.Hashing is a
/// package this project does not take on; SHA-256 works but costs several times more per byte.
/// Callers add typed values with their lengths, so different sequences of values never share a stream.
/// </summary>
public struct FingerprintHasher
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    private ulong _a;
    private ulong _b;
    private ulong _words;

    public static FingerprintHasher Create() => new() { _a = Prime5, _b = Prime3 };

    /// <summary>How many words have been added: a measure of how much the content cost to hash.</summary>
    public readonly ulong Words => _words;

    public void Add(ulong word)
    {
        _a = BitOperations.RotateLeft(_a + (word * Prime2), 31) * Prime1;
        _b = (BitOperations.RotateLeft(_b ^ (word * Prime4), 27) * Prime3) + Prime5;
        _words++;
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

    /// <summary>Adds raw bytes, padded to whole words (callers add the length when it is not implied).</summary>
    public void Add(ReadOnlySpan<byte> bytes)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            Add(word);
        }

        var tail = bytes[(words.Length * sizeof(ulong))..];
        if (tail.Length > 0)
        {
            Span<byte> last = stackalloc byte[sizeof(ulong)];
            last.Clear();
            tail.CopyTo(last);
            Add(MemoryMarshal.Read<ulong>(last));
        }
    }

    public readonly Fingerprint Finish() => new(Avalanche(_a ^ (_words * Prime1)), Avalanche(_b + (_words * Prime2)));

    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        h ^= h >> 32;
        return h;
    }
}
