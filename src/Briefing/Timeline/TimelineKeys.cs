using Briefing.Pipeline;

namespace Briefing.Timeline;

/// <summary>Document metadata the timeline steps add.</summary>
internal static class TimelineKeys
{
    /// <summary>The events parsed from the timeline file.</summary>
    public static readonly MetadataKey<IReadOnlyList<TimelineEvent>> Events = new("timeline-events");

    /// <summary>The events the timeline page lists, as its layout sees them (in Liquid: <c>events</c>); search finds them one by one.</summary>
    public static readonly MetadataKey<IReadOnlyList<TimelineEventView>> EventViews = new("timeline-event-views");
}
