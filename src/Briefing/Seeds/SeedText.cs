using System.Buffers;
using System.Text.Unicode;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>Decodes a seed's bytes as strict UTF-8, dropping a byte-order mark.</summary>
internal static class SeedText
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static string Decode(ReadOnlySpan<byte> utf8, string file)
    {
        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        // UTF-8 never needs more UTF-16 code units than it has bytes.
        var chars = new char[utf8.Length];
        var status = Utf8.ToUtf16(utf8, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, charsWritten);
        }

        // Decoding with replacement characters would silently corrupt the article; point at the bad byte instead.
        var (line, column) = SourceLines.EndPosition(new string(chars, 0, charsWritten));
        throw new DiagnosticException(
            $"the seed is not valid UTF-8 (byte 0x{utf8[bytesRead]:X2} cannot start or continue a character)",
            new SourceLocation(file, line, column),
            "save the file as UTF-8 (with or without a byte-order mark)");
    }
}
