using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Caching;

/// <summary>A remembered result of one step on one document: its outputs and the warnings it reported.</summary>
public sealed class MemoEntry(IReadOnlyList<Document> outputs, IReadOnlyList<Diagnostic> diagnostics)
{
    private long _lastUsedRun;

    public IReadOnlyList<Document> Outputs { get; } = outputs;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The run that last produced or reused this entry; older entries are forgotten after a successful run.</summary>
    internal long LastUsedRun
    {
        get => Interlocked.Read(ref _lastUsedRun);
        set => Interlocked.Exchange(ref _lastUsedRun, value);
    }
}
