using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Theme;

namespace Briefing.Timeline;

/// <summary>
/// Appends the timeline's events to the page with the timeline layout (input/timeline.md), rendered with the
/// theme's <c>partials/timeline-events.liquid</c>; when the site has events but no such page, makes one.
/// </summary>
public sealed class AddTimelineEvents(string timelinePipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var events = context.Outputs(timelinePipeline)
            .SelectMany(d => d.Get<IReadOnlyList<TimelineEvent>>(ParseTimeline.EventsKey) ?? [])
            .Select(TimelineEventView.From)
            .ToList();
        if (events.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var renderer = context.GetService<TemplateRenderer>();
        var html = renderer.Render("partials/timeline-events.liquid", new { events });
        var hasPage = inputs.Any(IsTimeline);
        IReadOnlyList<Document> result = hasPage
            ? [.. inputs.Select(d => IsTimeline(d) ? d.WithContent(d.Content + html).With(MetadataKeys.LayoutData, events) : d)]
            : [.. inputs, NewTimelinePage(html, events)];
        return Task.FromResult(result);
    }

    private static bool IsTimeline(Document document) => document.Get<Page>(MetadataKeys.Page)?.Layout == PageKinds.Timeline;

    private static Document NewTimelinePage(string html, IReadOnlyList<TimelineEventView> events)
    {
        var page = new Page { Kind = PageKinds.Timeline, Title = "Timeline", Path = "timeline/", Layout = PageKinds.Timeline, SourceFile = "input/data/timeline.yml" };
        return page.ToDocument(html).With(MetadataKeys.LayoutData, events);
    }
}
