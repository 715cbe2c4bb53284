namespace Briefing.Tests.Snapshots;

/// <summary>
/// Compares produced output with verified snapshot files at an explicit <see cref="SnapshotLocation"/>.
/// On a match any stale received file is removed; on a mismatch the received file(s) are written beside
/// the verified ones, a diff tool is offered when <see cref="DiffLaunchPolicy"/> allows, and a
/// <see cref="SnapshotMismatchException"/> is thrown.
/// </summary>
public sealed class SnapshotVerifier(IDiffLauncher diffLauncher, DiffLaunchPolicy diffLaunchPolicy)
{
    /// <summary>DiffEngine as the diff tool, CI and opt-out detection from the process environment.</summary>
    public static SnapshotVerifier Default { get; } = new(new DiffEngineLauncher(), DiffLaunchPolicy.FromProcess());

    public async Task VerifyTextAsync(SnapshotLocation location, string text, string extension = "txt", SnapshotSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(text);
        var received = (settings ?? SnapshotSettings.Default).Scrub(SnapshotText.Normalise(text));
        await VerifyFileAsync(location, received, extension).ConfigureAwait(false);
    }

    public async Task VerifyHtmlAsync(SnapshotLocation location, string html, SnapshotSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(html);
        var received = (settings ?? SnapshotSettings.Default).Scrub(HtmlPrettyPrinter.Format(html));
        await VerifyFileAsync(location, received, "html").ConfigureAwait(false);
    }

    /// <summary>
    /// Verifies every file below <paramref name="directory"/> against
    /// <c>{Type}.{Method}/{relative path}.verified.{ext}</c>. Files without a verified counterpart (New),
    /// with different content (NotEqual) and verified files no longer produced (Deleted) all fail.
    /// </summary>
    public async Task VerifyDirectoryAsync(SnapshotLocation location, string directory, SnapshotSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var entries = await DirectorySnapshot.ReadAsync(Path.GetFullPath(directory), settings ?? SnapshotSettings.Default).ConfigureAwait(false);
        var snapshotDirectory = location.SnapshotDirectory;

        // Received files of an earlier run would otherwise be accepted along with this run's.
        DeleteReceivedFiles(snapshotDirectory);
        DeleteIfExists(location.DeletedListFile);

        var expected = entries.Select(entry => entry.VerifiedRelativePath).ToHashSet(StringComparer.Ordinal);
        var differences = new List<SnapshotDifference>();
        foreach (var entry in entries)
        {
            var verifiedFile = Path.Combine(snapshotDirectory, entry.VerifiedRelativePath);
            if (await CompareAsync(verifiedFile, entry.Text).ConfigureAwait(false) is { } difference)
            {
                differences.Add(difference);
            }
        }

        var deleted = ExistingVerifiedFiles(snapshotDirectory).Where(relative => !expected.Contains(relative)).ToList();
        foreach (var relative in deleted)
        {
            var verifiedFile = Path.Combine(snapshotDirectory, relative);
            var verifiedText = await SnapshotText.ReadIfExistsAsync(verifiedFile).ConfigureAwait(false) ?? string.Empty;
            differences.Add(new SnapshotDifference(SnapshotDifferenceKind.Deleted, verifiedFile, null, SnapshotText.Normalise(verifiedText), string.Empty));
        }

        if (differences.Count == 0)
        {
            DeleteEmptyDirectories(snapshotDirectory);
            return;
        }

        if (deleted.Count > 0)
        {
            await SnapshotText.WriteAsync(location.DeletedListFile, string.Concat(deleted.Select(relative => relative + "\n"))).ConfigureAwait(false);
        }

        await FailAsync(location.Directory, differences).ConfigureAwait(false);
    }

    private async Task VerifyFileAsync(SnapshotLocation location, string received, string extension)
    {
        var difference = await CompareAsync(location.VerifiedFile(extension), received).ConfigureAwait(false);
        if (difference is not null)
        {
            await FailAsync(location.Directory, [difference]).ConfigureAwait(false);
        }
    }

    /// <summary>Null on a match (after removing a stale received file); otherwise writes the received file.</summary>
    private static async Task<SnapshotDifference?> CompareAsync(string verifiedFile, string receivedText)
    {
        var receivedFile = SnapshotFileNames.ReceivedFor(verifiedFile);
        var verifiedText = await SnapshotText.ReadIfExistsAsync(verifiedFile).ConfigureAwait(false);
        if (verifiedText is not null && string.Equals(SnapshotText.Normalise(verifiedText), receivedText, StringComparison.Ordinal))
        {
            DeleteIfExists(receivedFile);
            return null;
        }

        await SnapshotText.WriteAsync(receivedFile, receivedText).ConfigureAwait(false);
        return verifiedText is null
            ? new SnapshotDifference(SnapshotDifferenceKind.New, verifiedFile, receivedFile, string.Empty, receivedText)
            : new SnapshotDifference(SnapshotDifferenceKind.NotEqual, verifiedFile, receivedFile, SnapshotText.Normalise(verifiedText), receivedText);
    }

    private async Task FailAsync(string directory, IReadOnlyList<SnapshotDifference> differences)
    {
        if (diffLaunchPolicy.ShouldLaunch)
        {
            foreach (var difference in differences)
            {
                if (difference.ReceivedFile is { } receivedFile)
                {
                    await diffLauncher.LaunchAsync(receivedFile, difference.VerifiedFile).ConfigureAwait(false);
                }
            }
        }

        throw new SnapshotMismatchException(SnapshotFailureMessage.Build(directory, differences), differences);
    }

    private static IEnumerable<string> ExistingVerifiedFiles(string snapshotDirectory) =>
        Directory.Exists(snapshotDirectory)
            ? Directory.EnumerateFiles(snapshotDirectory, "*", AllFiles)
                .Where(SnapshotFileNames.IsVerified)
                .Select(file => Path.GetRelativePath(snapshotDirectory, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];

    private static void DeleteReceivedFiles(string snapshotDirectory)
    {
        if (!Directory.Exists(snapshotDirectory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(snapshotDirectory, "*", AllFiles).Where(SnapshotFileNames.IsReceived).ToList())
        {
            File.Delete(file);
        }
    }

    /// <summary>Removes folders left empty by deleted received files, innermost first.</summary>
    private static void DeleteEmptyDirectories(string snapshotDirectory)
    {
        if (!Directory.Exists(snapshotDirectory))
        {
            return;
        }

        var folders = Directory.EnumerateDirectories(snapshotDirectory, "*", AllFiles)
            .OrderByDescending(folder => folder.Length)
            .Append(snapshotDirectory);
        foreach (var folder in folders)
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static EnumerationOptions AllFiles => new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None };
}
