using System.Text;

namespace Briefing.Glossary.Linking;

/// <summary>
/// <see cref="BlockText"/> for a scanned body: the prose of one block (or of the whole body, for text in no block)
/// as one string, with where each of its text nodes starts, built from the scan's events by the same rules.
/// </summary>
internal sealed class ScannedBlockText
{
    private readonly Dictionary<int, int> _offsets = [];

    /// <param name="events">The body's events.</param>
    /// <param name="block">The block, or null for the body itself.</param>
    public ScannedBlockText(IReadOnlyList<BodyEvent> events, ScannedElement? block)
    {
        var text = new StringBuilder();
        var separates = block is not null && LinkExclusions.SeparatesWords(block.Name);
        if (separates)
        {
            text.Append(' ');
        }

        var (first, last) = block is null ? (0, events.Count - 1) : (block.OpenEvent + 1, block.CloseEvent - 1);
        for (var i = first; i <= last; i++)
        {
            var e = events[i];
            switch (e.Kind)
            {
                case BodyEventKind.Text:
                    _offsets[i] = text.Length;
                    text.Append(e.Text);
                    break;
                case BodyEventKind.Open when e.Element!.NonProse:
                    i = e.Element.CloseEvent;
                    break;
                default:
                    if (LinkExclusions.SeparatesWords(e.Element!.Name))
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }

        if (separates)
        {
            text.Append(' ');
        }

        Text = text.ToString();
    }

    public string Text { get; }

    /// <summary>Where the text of event <paramref name="textEvent"/> starts in <see cref="Text"/>.</summary>
    public int OffsetOf(int textEvent) => _offsets[textEvent];
}
