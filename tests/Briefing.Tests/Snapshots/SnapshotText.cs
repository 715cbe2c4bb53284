using System.Text;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// The text form snapshots are compared and stored in: LF line endings, no trailing whitespace
/// at line ends, exactly one final newline (none for empty text), UTF-8 without BOM on disk.
/// </summary>
internal static class SnapshotText
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    // Only ASCII blanks: a trailing no-break space is content, not formatting noise.
    private static readonly char[] TrailingBlanks = [' ', '\t', '\f', '\v'];

    public static string Normalise(string text)
    {
        // Not ReplaceLineEndings: it would also rewrite U+2028, U+0085 and form feeds, which are content.
        var unified = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = unified.Split('\n');
        var end = lines.Length;
        while (end > 0 && lines[end - 1].TrimEnd(TrailingBlanks).Length == 0)
        {
            end--;
        }

        if (end == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(unified.Length + 1);
        for (var i = 0; i < end; i++)
        {
            builder.Append(lines[i].TrimEnd(TrailingBlanks)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Reads a snapshot file (any BOM is dropped), or null when it does not exist.</summary>
    public static async Task<string?> ReadIfExistsAsync(string path) =>
        File.Exists(path) ? await File.ReadAllTextAsync(path, Encoding.UTF8).ConfigureAwait(false) : null;

    public static Task WriteAsync(string path, string text)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return File.WriteAllTextAsync(path, text, Utf8WithoutBom);
    }
}
