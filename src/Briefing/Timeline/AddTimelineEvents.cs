using Briefing.Citations;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Theme;

namespace Briefing.Timeline;

/// <summary>
/// Appends the timeline's events to the page with the timeline layout (input/timeline.md), rendered with the
/// theme's <c>partials/timeline-events.liquid</c>; when the site has events but no such page, makes one.
/// </summary>
internal sealed class AddTimelineEvents(string timelinePipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var parsed = context.Outputs(timelinePipeline)
            .SelectMany(d => d.Get(TimelineKeys.Events) ?? [])
            .ToList();
        var events = parsed.Select(TimelineEventView.From).ToList();
        var sources = SourceView.Listed(parsed.SelectMany(e => e.Sources.Concat(e.InlineSources)));
        if (events.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var renderer = context.GetService<TemplateRenderer>();
        var html = renderer.Render("partials/timeline-events.liquid", new { events });
        var hasPage = inputs.Any(IsTimeline);
        IReadOnlyList<Document> result = hasPage
            ? [.. inputs.Select(d => IsTimeline(d) ? WithEvents(d, html, events, sources) : d)]
            : [.. inputs, NewTimelinePage(html, events).With(CitationKeys.ContextSources, sources)];
        return Task.FromResult(result);
    }

    /// <summary>The page's own context sources come first, then the events'.</summary>
    private static Document WithEvents(Document page, string html, IReadOnlyList<TimelineEventView> events, IReadOnlyList<SourceView> sources)
    {
        var own = page.Get(CitationKeys.ContextSources) ?? [];
        IReadOnlyList<SourceView> all = [.. own, .. sources.Where(s => own.All(o => o.Id != s.Id))];
        return page.WithContent(page.Content + html).With(TimelineKeys.EventViews, events).With(CitationKeys.ContextSources, all);
    }

    private static bool IsTimeline(Document document) => document.Get(CoreKeys.Page)?.Layout == TimelineKinds.Timeline.DefaultLayout;

    private static Document NewTimelinePage(string html, IReadOnlyList<TimelineEventView> events)
    {
        var page = Page.Of(TimelineKinds.Timeline, "Timeline", "timeline/", "input/data/timeline.yml");
        return page.ToDocument(html).With(TimelineKeys.EventViews, events);
    }
}
