using Briefing.Pipeline;

namespace Briefing.Timeline;

/// <summary>Document metadata the timeline steps add.</summary>
public static class TimelineKeys
{
    /// <summary>The events parsed from the timeline file.</summary>
    public static readonly MetadataKey<IReadOnlyList<TimelineEvent>> Events = new("timeline-events");
}
