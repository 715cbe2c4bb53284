namespace Briefing.Scaffolding;

/// <summary>Writes scaffold files under a folder, never replacing a file that is already there.</summary>
internal static class SiteWriter
{
    /// <summary>Whether <paramref name="directory"/> is missing or empty, so a new site may be written into it.</summary>
    public static bool IsEmptyOrMissing(string directory) =>
        !Directory.Exists(directory) || !Directory.EnumerateFileSystemEntries(directory).Any();

    /// <summary>The files among <paramref name="files"/> that already exist under <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Existing(string root, IEnumerable<ScaffoldFile> files) =>
        [.. files.Select(f => f.Path).Where(p => File.Exists(Path.Combine(root, p)) || Directory.Exists(Path.Combine(root, p)))];

    public static async Task WriteAsync(string root, IEnumerable<ScaffoldFile> files, CancellationToken token)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: a file that appeared since the check is never overwritten.
            await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await stream.WriteAsync(file.Content, token).ConfigureAwait(false);
        }
    }
}
