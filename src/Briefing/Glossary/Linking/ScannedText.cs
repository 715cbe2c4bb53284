using System.Text;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Text and attribute values as the body scanner reads and writes them. Reading decodes only the character
/// references whose meaning is the same in text and in attributes and whatever follows them (the five XML ones,
/// <c>&amp;nbsp;</c>, and numeric references to ordinary characters, each with its semicolon); anything else that
/// starts like a reference makes the scanner leave the page to the HTML parser. Writing escapes exactly what
/// AngleSharp's serialiser escapes, so a page written from a scan is the page the parser would have written.
/// </summary>
internal static class ScannedText
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>The decoded text of <c>html[start..end]</c>, or null when it holds a reference this reader does not decode.</summary>
    public static string? Decode(string html, int start, int end)
    {
        var ampersand = html.IndexOf('&', start, end - start);
        if (ampersand < 0)
        {
            return html.Substring(start, end - start);
        }

        var decoded = new StringBuilder(end - start);
        decoded.Append(html, start, ampersand - start);
        for (var i = ampersand; i < end;)
        {
            if (html[i] != '&')
            {
                decoded.Append(html[i++]);
                continue;
            }

            var next = i + 1 < end ? html[i + 1] : '\0';
            if (next == '#')
            {
                i = Numeric(html, i + 2, end, decoded);
            }
            else if (char.IsAsciiLetterOrDigit(next))
            {
                i = Named(html, i + 1, end, decoded);
            }
            else
            {
                decoded.Append('&');
                i++;
                continue;
            }

            if (i < 0)
            {
                return null;
            }
        }

        return decoded.ToString();
    }

    /// <summary>Text content as AngleSharp serialises it: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and the no-break space escaped.</summary>
    public static void AppendText(StringBuilder output, string text) => AppendText(output, text.AsSpan());

    public static void AppendText(StringBuilder output, ReadOnlySpan<char> text)
    {
        var span = text;
        while (span.Length > 0)
        {
            var at = span.IndexOfAny("&<>\u00A0");
            if (at < 0)
            {
                output.Append(span);
                return;
            }

            output.Append(span[..at]).Append(span[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&nbsp;",
            });
            span = span[(at + 1)..];
        }
    }

    /// <summary>
    /// An attribute value as AngleSharp serialises it: <c>&amp;</c>, <c>"</c>, the no-break space, and (as the
    /// current HTML standard asks) <c>&lt;</c> and <c>&gt;</c> escaped.
    /// </summary>
    public static void AppendAttributeValue(StringBuilder output, string value)
    {
        var span = value.AsSpan();
        while (span.Length > 0)
        {
            var at = span.IndexOfAny("&\"<>\u00A0");
            if (at < 0)
            {
                output.Append(span);
                return;
            }

            output.Append(span[..at]).Append(span[at] switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&nbsp;",
            });
            span = span[(at + 1)..];
        }
    }

    // "&name;" for the six names every context reads alike; -1 for anything else (a legacy name without its
    // semicolon decodes differently in attributes, and the parser's table has two thousand more).
    private static int Named(string html, int start, int end, StringBuilder decoded)
    {
        var i = start;
        while (i < end && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        if (i >= end || html[i] != ';')
        {
            return -1;
        }

        char? character = html.AsSpan(start, i - start) switch
        {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => NoBreakSpace,
            _ => null,
        };
        if (character is not { } c)
        {
            return -1;
        }

        decoded.Append(c);
        return i + 1;
    }

    // "&#N;" and "&#xH;" for a character the parser keeps as written: not NUL, a carriage return, a C1 control
    // (read as windows-1252), a surrogate, a noncharacter or beyond Unicode.
    private static int Numeric(string html, int start, int end, StringBuilder decoded)
    {
        var hex = start < end && html[start] is 'x' or 'X';
        var i = hex ? start + 1 : start;
        var digitsStart = i;
        var value = 0;
        while (i < end && i - digitsStart < 7 && (hex ? char.IsAsciiHexDigit(html[i]) : char.IsAsciiDigit(html[i])))
        {
            var c = html[i];
            value = (value * (hex ? 16 : 10)) + (char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
            i++;
        }

        if (i == digitsStart || i >= end || html[i] != ';' || !IsPlainCharacter(value))
        {
            return -1;
        }

        decoded.Append(char.ConvertFromUtf32(value));
        return i + 1;
    }

    private static bool IsPlainCharacter(int value) =>
        value is 0x09 or 0x0A or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (>= 0xE000 and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF)
        && (value & 0xFFFE) != 0xFFFE;
}
