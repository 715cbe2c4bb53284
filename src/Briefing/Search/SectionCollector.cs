using System.Text;
using Briefing.Core;

namespace Briefing.Search;

/// <summary>
/// Gathers a body's searchable text as it is read, cut into sections at the headings that start one; the text of
/// such a heading is gathered apart, as the section's heading. Runs of white space become one space in the end.
/// Reused from body to body by one reader.
/// </summary>
internal sealed class SectionCollector
{
    private readonly List<PageSection> _sections = [];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _headingText = new();
    private string? _id;
    private string? _heading;
    private bool _inHeading;

    public void Clear()
    {
        _sections.Clear();
        _text.Clear();
        _headingText.Clear();
        (_id, _heading, _inHeading) = (null, null, false);
    }

    public void Append(ReadOnlySpan<char> text) => (_inHeading ? _headingText : _text).Append(text);

    public void Append(char c) => (_inHeading ? _headingText : _text).Append(c);

    /// <summary>A heading with an id ends the section being read; its text, up to <see cref="EndHeading"/>, names the next.</summary>
    public void StartHeading(string id)
    {
        Flush();
        (_id, _heading, _inHeading) = (id, null, true);
        _headingText.Clear();
    }

    public void EndHeading()
    {
        _heading = WhiteSpace.Collapse(_headingText);
        _inHeading = false;
    }

    public IReadOnlyList<PageSection> Sections()
    {
        Flush();
        return [.. _sections];
    }

    public string Text() => WhiteSpace.Collapse(_text);

    private void Flush()
    {
        var collapsed = WhiteSpace.Collapse(_text);
        if (collapsed.Length > 0 || _heading is not null)
        {
            _sections.Add(new PageSection(_id, _heading, collapsed));
        }

        _text.Clear();
    }
}
