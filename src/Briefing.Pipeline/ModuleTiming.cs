namespace Briefing.Pipeline;

/// <summary>How long one module took in one phase of one pipeline: for finding where a build spends its time.</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed);
