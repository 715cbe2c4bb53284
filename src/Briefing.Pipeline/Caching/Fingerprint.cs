using System.Globalization;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// A 128-bit digest of some content: equal content gives equal fingerprints, and different content different
/// ones with overwhelming probability. Used as a cache key; it is not a security measure.
/// </summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    /// <summary>The fingerprint of a sequence of parts, in order.</summary>
    public static Fingerprint Of(params ReadOnlySpan<Fingerprint> parts)
    {
        var hasher = FingerprintHasher.Create();
        foreach (var part in parts)
        {
            hasher.Add(part);
        }

        return hasher.Finish();
    }

    /// <summary>The fingerprint of a text.</summary>
    public static Fingerprint Of(string text)
    {
        var hasher = FingerprintHasher.Create();
        hasher.Add(text);
        return hasher.Finish();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{High:x16}{Low:x16}");
}
