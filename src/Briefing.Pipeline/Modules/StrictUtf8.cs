using System.Buffers;
using System.Text.Unicode;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Modules;

/// <summary>
/// Decodes a source file as strict UTF-8, dropping a byte-order mark: a byte that is not UTF-8 is an error naming
/// its offset, line and column, because decoding with replacement characters would silently corrupt the text.
/// </summary>
public static class StrictUtf8
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        var skipped = bytes.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        var utf8 = bytes[skipped..];

        // UTF-8 never needs more UTF-16 code units than it has bytes.
        var chars = new char[utf8.Length];
        var status = Utf8.ToUtf16(utf8, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            var text = chars.AsSpan(0, charsWritten);
            var control = text.IndexOfAnyInRange('\u0000', '\u0008');
            foreach (var other in new[] { text.IndexOfAnyInRange('\u000B', '\u000C'), text.IndexOfAnyInRange('\u000E', '\u001F'), text.IndexOf('\u007F') })
            {
                control = other >= 0 && (control < 0 || other < control) ? other : control;
            }

            if (control >= 0)
            {
                // Control characters are invisible in an editor and would end up in pages and attributes.
                var (atLine, atColumn) = Position(text[..control]);
                throw new DiagnosticException(
                    $"the file contains the control character U+{(int)text[control]:X4}, which text never needs",
                    new SourceLocation(source, atLine, atColumn),
                    "delete it (tabs and line breaks are the only control characters allowed)");
            }

            return new string(text);
        }

        var (line, column) = Position(chars.AsSpan(0, charsWritten));
        var offset = skipped + bytesRead;
        throw new DiagnosticException(
            $"the file is not valid UTF-8: byte 0x{bytes[offset]:X2} at byte offset {offset} cannot start or continue a character",
            new SourceLocation(source, line, column),
            "save the file as UTF-8 (with or without a byte-order mark)");
    }

    private static (int Line, int Column) Position(ReadOnlySpan<char> before) =>
        (before.Count('\n') + 1, before.Length - (before.LastIndexOf('\n') + 1) + 1);
}
