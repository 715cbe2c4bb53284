using Briefing.Citations;

namespace Briefing.Timeline;

/// <summary>
/// An event as the timeline partial sees it. <see cref="Citations"/> holds every paragraph the event rests on;
/// <see cref="SourceCitations"/> only those its text does not already show as chips, so no chip appears twice.
/// </summary>
public sealed record TimelineEventView(
    string DateIso,
    string DateDisplay,
    string Title,
    string Html,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<CitationView> SourceCitations)
{
    public static TimelineEventView From(TimelineEvent e)
    {
        var inline = e.InlineCitations.Select(c => c.Href).ToHashSet(StringComparer.Ordinal);
        return new(
            e.Date,
            e.Label ?? TimelineDate.Display(e.Date),
            e.Title,
            e.TextHtml,
            [.. e.Citations.Select(CitationView.From)],
            [.. e.Citations.Where(c => !inline.Contains(c.Href)).Select(CitationView.From)]);
    }
}
