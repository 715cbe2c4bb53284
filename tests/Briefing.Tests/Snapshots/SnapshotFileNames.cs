namespace Briefing.Tests.Snapshots;

/// <summary>Verify's file naming rules for the files of a verified directory.</summary>
internal static class SnapshotFileNames
{
    public const string VerifiedMarker = ".verified.";
    public const string ReceivedMarker = ".received.";

    /// <summary>Extension Verify uses for a file that has none.</summary>
    public const string NoExtension = "noextension";

    /// <summary>
    /// <c>sub/page.html</c> becomes <c>sub/page.verified.html</c>: the relative path without its extension,
    /// then <c>.verified.</c>, then the extension (<see cref="NoExtension"/> when there is none), so
    /// <c>.nojekyll</c> becomes <c>.verified.nojekyll</c>. <paramref name="extraExtension"/> is appended for
    /// snapshots stored in another form than the file, e.g. <c>logo.verified.png.sha256</c>.
    /// </summary>
    public static string VerifiedRelativePath(string relativePath, string? extraExtension = null)
    {
        var slash = relativePath.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : relativePath[..(slash + 1)];
        var fileName = relativePath[(slash + 1)..];
        var extension = Path.GetExtension(fileName).TrimStart('.');
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (extension.Length == 0)
        {
            extension = NoExtension;
        }

        var suffix = extraExtension is null ? string.Empty : "." + extraExtension;
        return $"{folder}{stem}{VerifiedMarker}{extension}{suffix}";
    }

    /// <summary>The received counterpart of a verified path; the last marker is the one the naming inserted.</summary>
    public static string ReceivedFor(string verifiedPath) => SwapLastMarker(verifiedPath, VerifiedMarker, ReceivedMarker);

    public static string VerifiedFor(string receivedPath) => SwapLastMarker(receivedPath, ReceivedMarker, VerifiedMarker);

    public static bool IsVerified(string path) => Path.GetFileName(path).Contains(VerifiedMarker, StringComparison.Ordinal);

    public static bool IsReceived(string path) => Path.GetFileName(path).Contains(ReceivedMarker, StringComparison.Ordinal);

    private static string SwapLastMarker(string path, string from, string to)
    {
        var nameStart = path.LastIndexOfAny(['/', '\\']) + 1;
        var index = path.LastIndexOf(from, StringComparison.Ordinal);
        if (index < nameStart)
        {
            throw new ArgumentException($"'{path}' is not a {from.Trim('.')} snapshot path.", nameof(path));
        }

        return string.Concat(path.AsSpan(0, index), to, path.AsSpan(index + from.Length));
    }
}
