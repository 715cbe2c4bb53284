namespace Briefing.Tests.Snapshots;

/// <summary>
/// One file that does not match its snapshot. Paths are absolute; <see cref="ReceivedFile"/> is null for
/// <see cref="SnapshotDifferenceKind.Deleted"/>. The texts are normalised (empty when there is no file).
/// </summary>
public sealed record SnapshotDifference(
    SnapshotDifferenceKind Kind,
    string VerifiedFile,
    string? ReceivedFile,
    string VerifiedText,
    string ReceivedText);
