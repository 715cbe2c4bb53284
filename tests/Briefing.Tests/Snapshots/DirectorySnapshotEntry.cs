namespace Briefing.Tests.Snapshots;

/// <summary>
/// The snapshot of one file of a verified directory: where its verified file goes (relative to the
/// snapshot directory, <c>/</c> separated) and the normalised text expected there.
/// </summary>
internal sealed record DirectorySnapshotEntry(string VerifiedRelativePath, string Text);
