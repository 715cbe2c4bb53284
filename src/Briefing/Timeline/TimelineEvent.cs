using Briefing.Citations;

namespace Briefing.Timeline;

/// <summary>
/// One dated event. <see cref="Date"/> keeps the precision the source supports: "2020", "2023-09" or "2025-07-07".
/// <see cref="Citations"/> are the paragraphs the event rests on (its <c>cites</c>); <see cref="InlineCitations"/>
/// the chips already placed after sentences of its text.
/// </summary>
internal sealed record TimelineEvent(
    string Date,
    string? Label,
    string Title,
    string TextHtml,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Citation> InlineCitations)
{
    /// <summary>Outside sources named in <c>cites</c> as <c>source:id</c>.</summary>
    public IReadOnlyList<OutsideSource> Sources { get; init; } = [];

    /// <summary>Context chips already placed in the event's text.</summary>
    public IReadOnlyList<OutsideSource> InlineSources { get; init; } = [];
}
