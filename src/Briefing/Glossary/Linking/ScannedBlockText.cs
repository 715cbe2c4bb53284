namespace Briefing.Glossary.Linking;

/// <summary>
/// <see cref="BlockText"/> for a scanned body: the prose of one block (or of the whole body, for text in no block)
/// as one string, with where each of its text nodes starts, built from the scan's events by the same rules.
/// </summary>
/// <remarks>
/// One walk measures the text and places each text node, a second writes the string at its final size: a page
/// builds this for every block that names a term.
/// </remarks>
internal sealed class ScannedBlockText
{
    private readonly int _first;
    private readonly int[] _offsets;

    /// <param name="events">The body's events.</param>
    /// <param name="block">The block, or null for the body itself.</param>
    public ScannedBlockText(IReadOnlyList<BodyEvent> events, ScannedElement? block)
    {
        var separates = block is not null && LinkExclusions.SeparatesWords(block.Name);
        var (first, last) = block is null ? (0, events.Count - 1) : (block.OpenEvent + 1, block.CloseEvent - 1);
        _first = first;
        _offsets = new int[Math.Max(0, last - first + 1)];
        var length = separates ? 1 : 0;
        for (var i = first; i <= last; i++)
        {
            var e = events[i];
            if (e.Kind == BodyEventKind.Text)
            {
                _offsets[i - first] = length;
                length += e.Text!.Length;
            }
            else if (e.Kind == BodyEventKind.Open && e.Element!.NonProse)
            {
                i = e.Element.CloseEvent;
            }
            else if (LinkExclusions.SeparatesWords(e.Element!.Name))
            {
                length++;
            }
        }

        length += separates ? 1 : 0;
        Text = string.Create(length, (events, first, last, separates), static (span, walk) =>
        {
            var (events, first, last, separates) = walk;
            var at = 0;
            if (separates)
            {
                span[at++] = ' ';
            }

            for (var i = first; i <= last; i++)
            {
                var e = events[i];
                if (e.Kind == BodyEventKind.Text)
                {
                    e.Text.AsSpan().CopyTo(span[at..]);
                    at += e.Text!.Length;
                }
                else if (e.Kind == BodyEventKind.Open && e.Element!.NonProse)
                {
                    i = e.Element.CloseEvent;
                }
                else if (LinkExclusions.SeparatesWords(e.Element!.Name))
                {
                    span[at++] = ' ';
                }
            }

            if (separates)
            {
                span[at] = ' ';
            }
        });
    }

    public string Text { get; }

    /// <summary>Where the text of event <paramref name="textEvent"/> starts in <see cref="Text"/>.</summary>
    public int OffsetOf(int textEvent) => _offsets[textEvent - _first];
}
