namespace Briefing.Pipeline.Caching;

/// <summary>How a run used the cache: results reused, results computed, and entries held.</summary>
public sealed record MemoStatistics(int Hits, int Misses, int Entries);
