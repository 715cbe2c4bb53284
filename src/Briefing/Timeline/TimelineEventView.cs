using Briefing.Citations;

namespace Briefing.Timeline;

/// <summary>
/// An event as the timeline partial sees it. <see cref="Citations"/> holds every paragraph the event rests on;
/// <see cref="SourceCitations"/> only those its text does not already show as chips, so no chip appears twice.
/// </summary>
internal sealed record TimelineEventView(
    string DateIso,
    string DateDisplay,
    string Title,
    string Html,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<CitationView> SourceCitations)
{
    /// <summary>Outside sources of the event not already shown as context chips in its text.</summary>
    public IReadOnlyList<SourceView> ContextSources { get; init; } = [];

    public static TimelineEventView From(TimelineEvent e)
    {
        var inline = e.InlineCitations.Select(c => c.Href).ToHashSet(StringComparer.Ordinal);
        var inlineSources = e.InlineSources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return new(
            e.Date,
            e.Label ?? TimelineDate.Display(e.Date),
            e.Title,
            e.TextHtml,
            [.. e.Citations.Select(CitationView.From)],
            [.. e.Citations.Where(c => !inline.Contains(c.Href)).Select(CitationView.From)])
        {
            ContextSources = [.. e.Sources.Where(s => !inlineSources.Contains(s.Id)).Select(SourceView.From)],
        };
    }
}
