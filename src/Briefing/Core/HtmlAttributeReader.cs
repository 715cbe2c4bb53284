namespace Briefing.Core;

/// <summary>
/// Reads one tag of HTML text as the tokenizer's tag states do, without copying anything: the tag's name, then each
/// attribute in turn as ranges of the text (<see cref="MoveNext"/>), and at the end where the tag stops and how.
/// Values are left as written: character references are not decoded, and a caller that needs them decoded (the
/// link checker) or only needs to know they are there (the search) does so on its range. The first character of a
/// name may be <c>=</c>; a value is double-quoted, single-quoted, unquoted, or missing (an empty range where the
/// name ends). The link checker's and the search's scanners both read tags with it, so they cannot read one
/// differently.
/// </summary>
internal ref struct HtmlAttributeReader
{
    private readonly ReadOnlySpan<char> _html;
    private int _position;

    /// <summary>Starts at the tag's name, the first character after <c>&lt;</c> or <c>&lt;/</c>.</summary>
    public HtmlAttributeReader(ReadOnlySpan<char> html, int nameStart)
    {
        _html = html;
        var i = nameStart;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>')
        {
            i++;
        }

        TagNameStart = nameStart;
        TagNameEnd = i;
        _position = i;
    }

    public int TagNameStart { get; }

    public int TagNameEnd { get; }

    public readonly ReadOnlySpan<char> TagName => _html[TagNameStart..TagNameEnd];

    /// <summary>The current attribute's name, as written.</summary>
    public int NameStart { get; private set; }

    public int NameEnd { get; private set; }

    /// <summary>The current attribute's value, as written, without its quotes.</summary>
    public int ValueStart { get; private set; }

    public int ValueEnd { get; private set; }

    public readonly ReadOnlySpan<char> Name => _html[NameStart..NameEnd];

    public readonly ReadOnlySpan<char> Value => _html[ValueStart..ValueEnd];

    /// <summary>Once <see cref="MoveNext"/> is false: the tag ended with <c>&gt;</c>, not with the text.</summary>
    public bool Complete { get; private set; }

    /// <summary>Once <see cref="MoveNext"/> is false: the tag ended with <c>/&gt;</c>.</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>Once <see cref="MoveNext"/> is false: the index after the tag (the text's length when it was cut off).</summary>
    public readonly int End => _position;

    /// <summary>Reads the next attribute; false at the end of the tag (or of the text, or in a quote never closed).</summary>
    public bool MoveNext()
    {
        var html = _html;
        var i = _position;
        while (i < html.Length)
        {
            var c = html[i];
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == '/')
            {
                if (i + 1 < html.Length && html[i + 1] == '>')
                {
                    SelfClosing = Complete = true;
                    _position = i + 2;
                    return false;
                }

                i++;
            }
            else if (c == '>')
            {
                Complete = true;
                _position = i + 1;
                return false;
            }
            else
            {
                return ReadAttribute(i);
            }
        }

        _position = html.Length;
        return false;
    }

    private bool ReadAttribute(int start)
    {
        var html = _html;
        var i = start + 1;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=')
        {
            i++;
        }

        (NameStart, NameEnd) = (start, i);
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        int valueStart = i, valueEnd = i;
        if (i < html.Length && html[i] == '=')
        {
            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                var close = html[(i + 1)..].IndexOf(html[i]);
                if (close < 0)
                {
                    // The text ends inside the quote: no attribute, and the tag is cut off.
                    _position = html.Length;
                    return false;
                }

                (valueStart, valueEnd, i) = (i + 1, i + 1 + close, i + 2 + close);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }
        }

        (ValueStart, ValueEnd, _position) = (valueStart, valueEnd, i);
        return true;
    }

    // The tokenizer's white space; a carriage return counts as the line feed it is normalised to.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
