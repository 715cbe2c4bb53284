using Briefing.Citations;

namespace Briefing.Timeline;

/// <summary>An event as the timeline partial sees it.</summary>
public sealed record TimelineEventView(string DateIso, string DateDisplay, string Title, string Html, IReadOnlyList<CitationView> Citations)
{
    public static TimelineEventView From(TimelineEvent e) =>
        new(e.Date, e.Label ?? TimelineDate.Display(e.Date), e.Title, e.TextHtml, [.. e.Citations.Select(CitationView.From)]);
}
