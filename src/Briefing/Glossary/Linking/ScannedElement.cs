using System.Text;

namespace Briefing.Glossary.Linking;

/// <summary>
/// One element of a page body read by <see cref="BodyScanner"/>: what the linker asks of an element (its name,
/// attributes, whether it or an element around it is excluded from linking) and, for placing mentions, the text of
/// a heading and of the first heading inside it.
/// </summary>
internal sealed class ScannedElement(string name, ScannedElement? parent, IReadOnlyList<KeyValuePair<string, string>> attributes)
{
    public string Name { get; } = name;

    public ScannedElement? Parent { get; } = parent;

    /// <summary>In source order, names lower case, values decoded.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; } = attributes;

    /// <summary>Index of the element's opening and closing events in <see cref="ScannedBody.Events"/>.</summary>
    public int OpenEvent { get; set; }

    public int CloseEvent { get; set; }

    /// <summary>The element itself is one the linker skips (with all it holds).</summary>
    public bool Skipped { get; init; }

    /// <summary>The element or one around it is skipped: text in it is neither linked nor recorded.</summary>
    public bool Excluded => Skipped || (Parent?.Excluded ?? false);

    public bool NonProse { get; init; }

    public bool IsHeading => LinkExclusions.IsHeading(Name);

    /// <summary>For a heading: its text content, collected while it is read.</summary>
    public StringBuilder? HeadingText { get; init; }

    /// <summary>The text content of the first heading inside the element, once it is read.</summary>
    public string? FirstHeadingText { get; set; }

    public string? Attribute(string attributeName)
    {
        foreach (var (key, value) in Attributes)
        {
            if (key == attributeName)
            {
                return value;
            }
        }

        return null;
    }
}
