using System.Text;
using AngleSharp.Html;

namespace Briefing.Links;

/// <summary>
/// Decodes character references in an attribute value as the HTML tokenizer does, with the same table of names
/// the parser uses: <c>&amp;amp;</c>, <c>&amp;#233;</c>, <c>&amp;#xE9;</c>, and the legacy names without a semicolon
/// unless a letter, digit or <c>=</c> follows them (so <c>?a=1&amp;copy=2</c> stays as written).
/// </summary>
internal static class CharacterReferences
{
    // Numeric references to the C1 controls mean the windows-1252 characters at those codes.
    private static readonly int[] Windows1252 =
    [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];

    public static string DecodeAttribute(string html, int start, int end)
    {
        var ampersand = html.IndexOf('&', start, end - start);
        if (ampersand < 0)
        {
            return html.Substring(start, end - start);
        }

        var decoded = new StringBuilder(end - start);
        decoded.Append(html, start, ampersand - start);
        var i = ampersand;
        while (i < end)
        {
            if (html[i] != '&')
            {
                decoded.Append(html[i++]);
                continue;
            }

            i = i + 1 < end && html[i + 1] == '#' ? Numeric(html, i, end, decoded) : Named(html, i, end, decoded);
        }

        return decoded.ToString();
    }

    private static int Numeric(string html, int ampersand, int end, StringBuilder decoded)
    {
        var i = ampersand + 2;
        var hex = i < end && html[i] is 'x' or 'X';
        var digitsStart = hex ? i + 1 : i;
        var digitsEnd = digitsStart;
        while (digitsEnd < end && (hex ? char.IsAsciiHexDigit(html[digitsEnd]) : char.IsAsciiDigit(html[digitsEnd])))
        {
            digitsEnd++;
        }

        if (digitsEnd == digitsStart)
        {
            decoded.Append(html, ampersand, digitsStart - ampersand);
            return digitsStart;
        }

        var code = 0L;
        foreach (var digit in html.AsSpan(digitsStart, digitsEnd - digitsStart))
        {
            code = Math.Min(code * (hex ? 16 : 10) + (hex ? HexValue(digit) : digit - '0'), 0x110000);
        }

        decoded.Append(CharacterOf(code));
        return digitsEnd < end && html[digitsEnd] == ';' ? digitsEnd + 1 : digitsEnd;
    }

    private static string CharacterOf(long code) => code switch
    {
        0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
        >= 0x80 and <= 0x9F => char.ConvertFromUtf32(Windows1252[code - 0x80]),
        _ => char.ConvertFromUtf32((int)code),
    };

    private static int HexValue(char digit) => char.IsAsciiDigit(digit) ? digit - '0' : (digit | 0x20) - 'a' + 10;

    private static int Named(string html, int ampersand, int end, StringBuilder decoded)
    {
        var nameEnd = ampersand + 1;
        while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        var name = html.Substring(ampersand + 1, nameEnd - ampersand - 1);
        if (name.Length > 0 && nameEnd < end && html[nameEnd] == ';' && HtmlEntityProvider.Resolver.GetSymbol(name + ";") is { } symbol)
        {
            decoded.Append(symbol);
            return nameEnd + 1;
        }

        var legacy = name.Length > 0 && (nameEnd == end || html[nameEnd] != '=') ? HtmlEntityProvider.Resolver.GetSymbol(name) : null;
        if (legacy is not null)
        {
            decoded.Append(legacy);
            return nameEnd;
        }

        decoded.Append('&');
        return ampersand + 1;
    }
}
