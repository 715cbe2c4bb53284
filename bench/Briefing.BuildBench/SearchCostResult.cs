namespace Briefing.BuildBench;

/// <summary>The timed runs of one corpus built with its search and without it (<c>search: false</c>).</summary>
internal sealed record SearchCostResult(int Pages, IReadOnlyList<Measurement> WithSearch, IReadOnlyList<Measurement> WithoutSearch);
