using System.Text;

namespace Briefing.Links;

/// <summary>
/// One start or end tag as <see cref="PageLinkScanner"/> reads it, following the HTML tokenizer's tag states: its
/// name and the few attributes a link check needs (each decoded, the first of two equal names kept). Reused from
/// tag to tag, so reading a tag allocates only the attribute values it keeps.
/// </summary>
internal sealed class ScannedTag
{
    private string _html = "";
    private int _nameStart;
    private int _nameLength;
    private string? _elementName;
    private Attributes _seen;

    [Flags]
    private enum Attributes
    {
        None = 0,
        Id = 1,
        Name = 2,
        Href = 4,
        Src = 8,
        Property = 16,
        Content = 32,
    }

    /// <summary>False when the file ended inside the tag, which the tokenizer then drops.</summary>
    public bool Complete { get; private set; }

    public bool SelfClosing { get; private set; }

    public string? Id { get; private set; }

    /// <summary>The <c>name</c> attribute (an anchor's target on <c>a</c>, the property on <c>meta</c>).</summary>
    public string? NameAttribute { get; private set; }

    public string? Href { get; private set; }

    public string? Src { get; private set; }

    public string? Property { get; private set; }

    public string? Content { get; private set; }

    /// <summary>The tag's name in lower case, as a link names its element.</summary>
    public string ElementName => _elementName ??= string.Create(_nameLength, (_html, _nameStart), static (span, state) =>
        Ascii.ToLower(state._html.AsSpan(state._nameStart, span.Length), span, out _));

    public bool NameIs(string name) => Ascii.EqualsIgnoreCase(_html.AsSpan(_nameStart, _nameLength), name);

    public bool NameIs(string name, string other) => NameIs(name) || NameIs(other);

    public void Clear()
    {
        Complete = false;
        SelfClosing = false;
        _nameLength = 0;
        _elementName = null;
        _seen = Attributes.None;
        Id = NameAttribute = Href = Src = Property = Content = null;
    }

    /// <summary>Reads the tag whose name starts at <paramref name="start"/>; returns the index after it.</summary>
    public int Read(string text, int start)
    {
        Clear();
        _html = text;
        var i = start;
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>')
        {
            i++;
        }

        _nameStart = start;
        _nameLength = i - start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == '/')
            {
                if (i + 1 < text.Length && text[i + 1] == '>')
                {
                    SelfClosing = true;
                    Complete = true;
                    return i + 2;
                }

                i++;
            }
            else if (c == '>')
            {
                Complete = true;
                return i + 1;
            }
            else
            {
                i = ReadAttribute(text, i);
            }
        }

        return text.Length;
    }

    // The first character of a name may be '='; a value is quoted, unquoted, or missing (the empty string).
    private int ReadAttribute(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>' && text[i] != '=')
        {
            i++;
        }

        var name = text.AsSpan(start, i - start);
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        int valueStart = i, valueEnd = i;
        if (i < text.Length && text[i] == '=')
        {
            i++;
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] is '"' or '\'')
            {
                var close = text.IndexOf(text[i], i + 1);
                if (close < 0)
                {
                    return text.Length;
                }

                (valueStart, valueEnd, i) = (i + 1, close, close + 1);
            }
            else
            {
                valueStart = i;
                while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }
        }

        Keep(name, text, valueStart, valueEnd);
        return i;
    }

    private void Keep(ReadOnlySpan<char> name, string text, int valueStart, int valueEnd)
    {
        var which = name.Length switch
        {
            2 when Ascii.EqualsIgnoreCase(name, "id") => Attributes.Id,
            3 when Ascii.EqualsIgnoreCase(name, "src") => Attributes.Src,
            4 when Ascii.EqualsIgnoreCase(name, "href") => Attributes.Href,
            4 when Ascii.EqualsIgnoreCase(name, "name") => Attributes.Name,
            7 when Ascii.EqualsIgnoreCase(name, "content") => Attributes.Content,
            8 when Ascii.EqualsIgnoreCase(name, "property") => Attributes.Property,
            _ => Attributes.None,
        };
        if (which == Attributes.None || (_seen & which) != 0)
        {
            return;
        }

        _seen |= which;
        var value = CharacterReferences.DecodeAttribute(text, valueStart, valueEnd);
        switch (which)
        {
            case Attributes.Id: Id = value; break;
            case Attributes.Name: NameAttribute = value; break;
            case Attributes.Href: Href = value; break;
            case Attributes.Src: Src = value; break;
            case Attributes.Property: Property = value; break;
            default: Content = value; break;
        }
    }

    // The tokenizer's whitespace; a carriage return counts as the line feed it is normalised to.
    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';
}
