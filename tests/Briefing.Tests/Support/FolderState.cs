using System.Security.Cryptography;

namespace Briefing.Tests.Support;

/// <summary>
/// Every file and folder under a folder, with a hash of each file's bytes and each link's target: two states are
/// equal only when nothing was written, deleted, renamed or left behind.
/// </summary>
public sealed record FolderState(IReadOnlyList<string> Entries)
{
    public static FolderState Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new FolderState([]);
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None };
        var entries = new List<string>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            entries.Add(entry switch
            {
                _ when entry.LinkTarget is { } target => $"{relative} -> {target}",
                DirectoryInfo => relative + "/",
                _ => $"{relative} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))}",
            });
        }

        entries.Sort(StringComparer.Ordinal);
        return new FolderState(entries);
    }

    public bool Equals(FolderState? other) => other is not null && Entries.SequenceEqual(other.Entries, StringComparer.Ordinal);

    public override int GetHashCode() => Entries.Count;

    /// <summary>What changed from <paramref name="before"/> to this state, for a readable failure.</summary>
    public string DifferenceFrom(FolderState before) =>
        string.Join('\n', [.. before.Entries.Except(Entries).Select(e => "- " + e), .. Entries.Except(before.Entries).Select(e => "+ " + e)]);
}
