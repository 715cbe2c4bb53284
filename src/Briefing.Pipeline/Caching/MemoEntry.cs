using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// A remembered result: of one step on one document (its outputs and the warnings it reported), or a value a
/// step computed for the whole run (<see cref="Value"/>; no outputs, no warnings).
/// </summary>
public sealed class MemoEntry(IReadOnlyList<Document> outputs, IReadOnlyList<Diagnostic> diagnostics, object? value = null)
{
    private long _lastUsedRun;

    public IReadOnlyList<Document> Outputs { get; } = outputs;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The value of a whole-run computation (see <see cref="MemoCache.GetOrAdd{T}"/>), or null.</summary>
    public object? Value { get; } = value;

    /// <summary>The run that last produced or reused this entry; older entries are forgotten after a successful run.</summary>
    internal long LastUsedRun
    {
        get => Interlocked.Read(ref _lastUsedRun);
        set => Interlocked.Exchange(ref _lastUsedRun, value);
    }
}
