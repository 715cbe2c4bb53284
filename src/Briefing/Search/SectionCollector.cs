using System.Buffers;
using System.Text;

namespace Briefing.Search;

/// <summary>
/// Gathers a body's searchable text as it is read, cut into sections at the headings that start one; the text of
/// such a heading is gathered apart, as the section's heading. Runs of white space become one space in the end.
/// Reused from body to body by one reader.
/// </summary>
internal sealed class SectionCollector
{
    private static readonly SearchValues<char> WhiteSpace = AllWhiteSpace();

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
        _heading = Collapse(_headingText);
        _inHeading = false;
    }

    public IReadOnlyList<PageSection> Sections()
    {
        Flush();
        return [.. _sections];
    }

    public string Text() => Collapse(_text);

    private void Flush()
    {
        var collapsed = Collapse(_text);
        if (collapsed.Length > 0 || _heading is not null)
        {
            _sections.Add(new PageSection(_id, _heading, collapsed));
        }

        _text.Clear();
    }

    /// <summary>Runs of white space (as <see cref="char.IsWhiteSpace(char)"/> has it) become one space; none at either end.</summary>
    /// <remarks>
    /// The text between white space is copied a run at a time, found with a vectorised search, rather than a
    /// character at a time: a body's text is most of what the search reads, and copying it character by character
    /// into a second builder was about a third of reading a body. The result is never longer than the text, so one
    /// rented buffer of its length holds it.
    /// </remarks>
    public static string Collapse(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var space = false;
            foreach (var chunk in text.GetChunks())
            {
                var rest = chunk.Span;
                while (!rest.IsEmpty)
                {
                    var white = rest.IndexOfAny(WhiteSpace);
                    var run = white < 0 ? rest : rest[..white];
                    if (!run.IsEmpty)
                    {
                        if (space)
                        {
                            buffer[length++] = ' ';
                            space = false;
                        }

                        run.CopyTo(buffer.AsSpan(length));
                        length += run.Length;
                    }

                    if (white < 0)
                    {
                        break;
                    }

                    space = length > 0;
                    rest = rest[(white + 1)..];
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> calls white space.</summary>
    private static SearchValues<char> AllWhiteSpace()
    {
        var white = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                white.Add((char)c);
            }
        }

        return SearchValues.Create([.. white]);
    }
}
