using Briefing.Core;

namespace Briefing.Timeline;

/// <summary>
/// The timeline's kind of page: <c>input/timeline.md</c> with the events appended, or a page of the events
/// alone (<see cref="AddTimelineEvents"/>). Search finds the events one by one, not the page's body.
/// </summary>
internal static class TimelineKinds
{
    public static readonly PageKind Timeline = new()
    {
        Name = "timeline",
        Label = "Timeline",
        ReadingRank = 4,
        Navigation = new NavigationEntry(3, "Timeline"),
        SearchBody = false,
        AuthoredAs = "timeline",
    };

    public static readonly IReadOnlyList<PageKind> All = [Timeline];
}
