using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Preview;

/// <summary>
/// The outcome of one preview build: the diagnostics, the output paths that changed, what the browser was told,
/// how long it took and how much of the previous build's work was reused.
/// </summary>
internal sealed record RebuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> SourcesChanged,
    IReadOnlyList<string> OutputChanged,
    int FilesWritten,
    ReloadEvent? Event,
    TimeSpan Elapsed,
    MemoStatistics Cache)
{
    /// <summary>Remarks about how the build ran, such as the steps that are never cached (shown with --verbose).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How each cached step used the cache in this build (results reused and computed), by step name.</summary>
    public IReadOnlyList<MemoStepStatistics> CacheSteps { get; init; } = [];

    /// <summary>What the build did with its files made on writing (the social cards): kept, copied or made again.</summary>
    public MadeFileCounts MadeFiles { get; init; }

    /// <summary>Where the build's time went, slowest step first.</summary>
    public IReadOnlyList<ModuleTiming> Timings { get; init; } = [];
}
