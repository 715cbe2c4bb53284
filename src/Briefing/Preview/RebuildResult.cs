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
}
