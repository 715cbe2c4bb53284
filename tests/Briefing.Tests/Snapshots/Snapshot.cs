using System.Runtime.CompilerServices;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Snapshot assertions for xunit tests, following Verify's file conventions: the verified file
/// <c>{TypeName}.{MethodName}.verified.{ext}</c> sits beside the test's source file; a mismatch writes
/// <c>{TypeName}.{MethodName}.received.{ext}</c> and fails. See docs/snapshots.md.
/// </summary>
public static class Snapshot
{
    public static Task VerifyAsync(
        string text,
        string extension = "txt",
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "") =>
        SnapshotVerifier.Default.VerifyTextAsync(LocationFor(sourceFile, settings), text, extension, settings);

    /// <summary>Verifies a full HTML document or a fragment, pretty-printed so the snapshot diffs line by line.</summary>
    public static Task VerifyHtmlAsync(
        string html,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "") =>
        SnapshotVerifier.Default.VerifyHtmlAsync(LocationFor(sourceFile, settings), html, settings);

    /// <summary>Verifies every file of a directory, one verified file each under <c>{TypeName}.{MethodName}/</c>.</summary>
    public static Task VerifyDirectoryAsync(
        string directory,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "") =>
        SnapshotVerifier.Default.VerifyDirectoryAsync(LocationFor(sourceFile, settings), directory, settings);

    private static SnapshotLocation LocationFor(string sourceFile, SnapshotSettings? settings) =>
        SnapshotLocation.ForCurrentTest(sourceFile, settings?.NameSuffix);
}
