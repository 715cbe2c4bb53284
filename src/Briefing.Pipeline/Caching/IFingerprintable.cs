namespace Briefing.Pipeline.Caching;

/// <summary>
/// A value that says what its content is, for a type whose state is not all public (a class that keeps its
/// settings in a private field): <see cref="ValueFingerprints"/> fingerprints <see cref="FingerprintContent"/>
/// in its place. Give everything the object's behaviour depends on, or a cache may serve a stale result.
/// </summary>
public interface IFingerprintable
{
    /// <summary>The values that make up this object's content, as values <see cref="ValueFingerprints"/> can fingerprint.</summary>
    object? FingerprintContent { get; }
}
