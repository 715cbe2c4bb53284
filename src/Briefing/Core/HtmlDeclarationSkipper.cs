namespace Briefing.Core;

/// <summary>
/// Where markup that is not a tag ends, as the HTML tokenizer reads it: a comment (<c>&lt;!--</c> to <c>--&gt;</c>
/// or <c>--!&gt;</c>, or at once with <c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c>), a CDATA section (markup only in
/// foreign content, SVG and MathML; elsewhere a bogus comment), and a doctype or any other bogus comment
/// (<c>&lt;!</c>, <c>&lt;?</c>, to the next <c>&gt;</c>). The link checker's and the search's scanners both skip
/// them with it, so they cannot read one differently.
/// </summary>
/// <remarks>
/// Markup that does not end before the text does is <see cref="Unended"/>: the tokenizer takes the rest of the text
/// into it, and a caller decides what that means (the link checker skips to the end; the search, which must not
/// lose text it cannot account for, falls back to a full parse).
/// </remarks>
internal static class HtmlDeclarationSkipper
{
    /// <summary>The markup runs to the end of the text.</summary>
    public const int Unended = -1;

    /// <summary>
    /// The position just past the markup that starts with <c>&lt;!</c> at <paramref name="open"/>, or
    /// <see cref="Unended"/>.
    /// </summary>
    public static int EndOfDeclaration(ReadOnlySpan<char> html, int open, bool inForeignContent)
    {
        var text = html[open..];
        if (text.StartsWith("<!--"))
        {
            var start = open + 4;
            if (html[start..].StartsWith(">"))
            {
                return start + 1;
            }

            if (html[start..].StartsWith("->"))
            {
                return start + 2;
            }

            for (var dashes = IndexOf(html, "--", start); dashes >= 0; dashes = IndexOf(html, "--", dashes + 1))
            {
                var after = html[(dashes + 2)..];
                if (after.StartsWith(">"))
                {
                    return dashes + 3;
                }

                if (after.StartsWith("!>"))
                {
                    return dashes + 4;
                }
            }

            return Unended;
        }

        if (inForeignContent && text.StartsWith("<![CDATA["))
        {
            var end = IndexOf(html, "]]>", open + 9);
            return end < 0 ? Unended : end + 3;
        }

        return PastNext(html, '>', open + 2);
    }

    /// <summary>The position just past the first <paramref name="character"/> from <paramref name="start"/> on, or <see cref="Unended"/>.</summary>
    public static int PastNext(ReadOnlySpan<char> html, char character, int start)
    {
        if (start >= html.Length)
        {
            return Unended;
        }

        var index = html[start..].IndexOf(character);
        return index < 0 ? Unended : start + index + 1;
    }

    private static int IndexOf(ReadOnlySpan<char> html, ReadOnlySpan<char> value, int start)
    {
        if (start > html.Length)
        {
            return -1;
        }

        var index = html[start..].IndexOf(value, StringComparison.Ordinal);
        return index < 0 ? -1 : start + index;
    }
}
