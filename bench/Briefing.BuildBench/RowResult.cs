namespace Briefing.BuildBench;

/// <summary>The timed runs of one row, and the largest HTML page Briefing wrote in it.</summary>
internal sealed record RowResult(BenchRow Row, IReadOnlyList<Measurement> Briefing, IReadOnlyList<Measurement> Hugo, string LargestPage, long LargestPageBytes);
