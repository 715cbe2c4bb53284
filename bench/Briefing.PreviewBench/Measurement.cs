namespace Briefing.PreviewBench;

/// <summary>One timed edit: write to event (what a page waits) and the build part of it, in milliseconds.</summary>
internal sealed record Measurement(string Site, string Edit, double LatencyMs, double RebuildMs);
