namespace Briefing.Pipeline.Caching;

/// <summary>How one cached step used the cache in a run: results it reused and results it had to compute.</summary>
public sealed record MemoStepStatistics(string Step, int Hits, int Misses);
