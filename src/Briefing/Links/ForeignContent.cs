namespace Briefing.Links;

/// <summary>
/// The two tokenizer rules that depend on where a tag is: the elements whose text is not markup (raw text and
/// RCDATA in HTML, which are ordinary elements inside <c>svg</c> and <c>math</c>), and the HTML elements that end
/// foreign content when they appear inside it.
/// </summary>
internal static class ForeignContent
{
    private static readonly string[] TextOnly = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    private static readonly HashSet<string> BreakOut = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
        "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakOutLookup = BreakOut.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether an HTML start tag inside <c>svg</c> or <c>math</c> closes them.</summary>
    public static bool BreaksOut(ScannedTag tag) => BreakOutLookup.Contains(tag.ElementName);

    /// <summary>
    /// Where the text of an HTML element that holds no markup ends: at its end tag (read next as a tag), or at the
    /// end of the file; <paramref name="position"/> itself for any other element.
    /// </summary>
    public static int RawTextEnd(string html, ScannedTag tag, int position)
    {
        if (tag.NameIs("plaintext"))
        {
            return html.Length;
        }

        var name = Array.Find(TextOnly, tag.NameIs);
        if (name is null)
        {
            return position;
        }

        for (var close = html.IndexOf("</", position, StringComparison.Ordinal); close >= 0; close = html.IndexOf("</", close + 2, StringComparison.Ordinal))
        {
            var after = close + 2 + name.Length;
            if (after <= html.Length
                && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] is ' ' or '\n' or '\t' or '\f' or '\r' or '/' or '>'))
            {
                return close;
            }
        }

        return html.Length;
    }
}
