using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// Remembers what cacheable steps produced, across the runs of one long-lived session (a preview server), so
/// that a run repeats only the work whose inputs changed. Register one instance as an engine service for every
/// run of the session; steps find it with <see cref="IExecutionContext.FindService{T}"/>. A step's result is
/// keyed by the step's type, the fingerprint of its input document, the build's inputs and the fingerprint of what
/// else it reads (see <see cref="Modules.CachedForEachDocument"/>). Without a cache every step simply runs.
/// </summary>
public sealed class MemoCache
{
    private readonly ConcurrentDictionary<Fingerprint, MemoEntry> _entries = new();
    private long _run;
    private int _hits;
    private int _misses;

    /// <summary>The value fingerprinter shared by the session, so that unchanged objects are hashed once.</summary>
    public ValueFingerprints Values { get; } = new();

    /// <summary>Hits and misses of the current (or last) run.</summary>
    public MemoStatistics Statistics => new(Volatile.Read(ref _hits), Volatile.Read(ref _misses), _entries.Count);

    /// <summary>Starts a run; statistics restart from zero.</summary>
    public void BeginRun()
    {
        Interlocked.Increment(ref _run);
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }

    /// <summary>
    /// Ends a run. After a successful run, entries it did not use are forgotten, so the cache holds about one
    /// site's worth of results. After a failed run nothing is forgotten: the steps it never reached keep their
    /// results for the run that follows the fix.
    /// </summary>
    public void EndRun(bool succeeded)
    {
        if (!succeeded)
        {
            return;
        }

        var run = Interlocked.Read(ref _run);
        foreach (var (key, entry) in _entries)
        {
            if (entry.LastUsedRun != run)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The key of a step's result: the step's type, its input document, the build's inputs and its other inputs.</summary>
    public Fingerprint KeyFor(Type step, Document input, BuildInputs? build, object? dependencies) =>
        Fingerprint.Of(Values.Of(step), Values.Of(input), Values.Of(build), Values.Of(dependencies));

    public bool TryGet(Fingerprint key, [NotNullWhen(true)] out MemoEntry? entry)
    {
        if (_entries.TryGetValue(key, out entry))
        {
            entry.LastUsedRun = Interlocked.Read(ref _run);
            Interlocked.Increment(ref _hits);
            return true;
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    /// <summary>Keeps a step's result and the warnings that came with it; a result with errors is refused.</summary>
    public void Set(Fingerprint key, IReadOnlyList<Document> outputs, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("a result that came with errors must not be cached: the next run must report them afresh");
        }

        _entries[key] = new MemoEntry(outputs, diagnostics) { LastUsedRun = Interlocked.Read(ref _run) };
    }
}
