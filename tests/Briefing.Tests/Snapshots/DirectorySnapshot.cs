using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Briefing.Tests.Snapshots;

/// <summary>Turns every file of an output directory into the text its snapshot holds.</summary>
internal static class DirectorySnapshot
{
    /// <summary>Appended to a binary file's extension: its snapshot is a hash line, not the bytes.</summary>
    public const string BinaryExtension = "sha256";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads all files below <paramref name="directory"/> (hidden ones too: <c>.nojekyll</c> is output), in
    /// ordinal path order. HTML is pretty-printed, other text normalised, and both scrubbed; binary files
    /// become <c>sha256 {hex}, {n} bytes</c>.
    /// </summary>
    public static async Task<IReadOnlyList<DirectorySnapshotEntry>> ReadAsync(string directory, SnapshotSettings settings)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Cannot verify directory '{directory}': it does not exist.");
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None };
        var relativePaths = Directory.EnumerateFiles(directory, "*", options)
            .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
            .Where(relative => settings.Include?.Invoke(relative) ?? true)
            .Order(StringComparer.Ordinal)
            .ToList();

        var entries = new List<DirectorySnapshotEntry>(relativePaths.Count);
        foreach (var relative in relativePaths)
        {
            if (SnapshotFileNames.IsVerified(relative) || SnapshotFileNames.IsReceived(relative))
            {
                // Its snapshot would be git-ignored (*.received.*) or mistaken for another file's snapshot.
                throw new InvalidOperationException(
                    $"Cannot snapshot '{relative}' in '{directory}': names containing '.verified.' or '.received.' are reserved for snapshot files. "
                    + "Rename the file or leave it out with SnapshotSettings.Include.");
            }

            var bytes = await File.ReadAllBytesAsync(Path.Combine(directory, relative)).ConfigureAwait(false);
            entries.Add(TryDecodeText(bytes) is { } text
                ? new DirectorySnapshotEntry(SnapshotFileNames.VerifiedRelativePath(relative), FormatText(relative, text, settings))
                : new DirectorySnapshotEntry(SnapshotFileNames.VerifiedRelativePath(relative, BinaryExtension), HashLine(bytes)));
        }

        return entries;
    }

    private static string FormatText(string relativePath, string text, SnapshotSettings settings)
    {
        var extension = Path.GetExtension(relativePath);
        var isHtml = extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
        return settings.Scrub(isHtml ? HtmlPrettyPrinter.Format(text) : SnapshotText.Normalise(text));
    }

    /// <summary>
    /// Text is recognised by content (valid UTF-8 without NUL bytes) rather than by an extension list,
    /// so any file type the generator may emit is covered without upkeep.
    /// </summary>
    private static string? TryDecodeText(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string HashLine(byte[] bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}, {bytes.Length} bytes\n");
}
