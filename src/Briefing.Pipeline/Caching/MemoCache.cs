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
    /// <summary>Sets the keys of whole-run values apart from those of document results.</summary>
    private static readonly Fingerprint ValueMarker = Fingerprint.Of("memo value");

    private readonly ConcurrentDictionary<Fingerprint, MemoEntry> _entries = new();

    // Per step of the current run: [hits, misses], counted with Interlocked.
    private readonly ConcurrentDictionary<Type, int[]> _bySteps = new();
    private long _run;
    private int _hits;
    private int _misses;

    /// <summary>The value fingerprinter shared by the session, so that unchanged objects are hashed once.</summary>
    public ValueFingerprints Values { get; } = new();

    /// <summary>Hits and misses of the current (or last) run.</summary>
    public MemoStatistics Statistics => new(Volatile.Read(ref _hits), Volatile.Read(ref _misses), _entries.Count);

    /// <summary>
    /// Hits and misses of the current (or last) run per cached step, by the step's name (a nested step type is
    /// named with the type it belongs to, <c>Outer.Inner</c>), in name order.
    /// </summary>
    public IReadOnlyList<MemoStepStatistics> StepStatistics =>
    [
        .. _bySteps
            .Select(s => new MemoStepStatistics(StepName(s.Key), Volatile.Read(ref s.Value[0]), Volatile.Read(ref s.Value[1])))
            .OrderBy(s => s.Step, StringComparer.Ordinal),
    ];

    /// <summary>Starts a run; statistics restart from zero.</summary>
    public void BeginRun()
    {
        Interlocked.Increment(ref _run);
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
        _bySteps.Clear();
    }

    /// <summary>The name statistics give a step: its type's name, after the names of the types it is nested in.</summary>
    public static string StepName(Type step) =>
        step.DeclaringType is { } outer ? StepName(outer) + "." + step.Name : step.Name;

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

    /// <summary>The key of a value a step computes once per run: the step's type, the build's inputs and what the value is made from.</summary>
    public Fingerprint KeyFor(Type step, BuildInputs? build, object? dependencies) =>
        Fingerprint.Of(Values.Of(step), ValueMarker, Values.Of(build), Values.Of(dependencies));

    /// <summary>Looks a step's result up, counting a hit or a miss for the step.</summary>
    public bool TryGet(Type step, Fingerprint key, [NotNullWhen(true)] out MemoEntry? entry)
    {
        var counts = _bySteps.GetOrAdd(step, _ => new int[2]);
        if (_entries.TryGetValue(key, out entry))
        {
            entry.LastUsedRun = Interlocked.Read(ref _run);
            Interlocked.Increment(ref _hits);
            Interlocked.Increment(ref counts[0]);
            return true;
        }

        Interlocked.Increment(ref _misses);
        Interlocked.Increment(ref counts[1]);
        return false;
    }

    /// <summary>
    /// The value <paramref name="compute"/> makes, remembered under <paramref name="key"/> (see
    /// <see cref="KeyFor(Type, BuildInputs?, object?)"/>): for a step that looks at a whole run's documents and
    /// whose expensive part depends on a few of their values. Counted as a hit or a miss of <paramref name="step"/>.
    /// An exception from <paramref name="compute"/> (an error for the user) is passed on and nothing is kept.
    /// </summary>
    public T GetOrAdd<T>(Type step, Fingerprint key, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (TryGet(step, key, out var entry) && entry.Value is T value)
        {
            return value;
        }

        var computed = compute();
        _entries[key] = new MemoEntry([], [], computed) { LastUsedRun = Interlocked.Read(ref _run) };
        return computed;
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
