using System.Text;
using Briefing.Core;

namespace Briefing.Links;

/// <summary>
/// One start or end tag as <see cref="PageLinkScanner"/> reads it with <see cref="HtmlAttributeReader"/>: its
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
        var tag = new HtmlAttributeReader(text, start);
        _nameStart = start;
        _nameLength = tag.TagNameEnd - start;
        while (tag.MoveNext())
        {
            Keep(tag.Name, text, tag.ValueStart, tag.ValueEnd);
        }

        (Complete, SelfClosing) = (tag.Complete, tag.SelfClosing);
        return tag.End;
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
}
