using Briefing.Pipeline.Caching;

namespace Briefing.Pipeline.Modules;

/// <summary>
/// For a step that looks at all its documents at once (so it cannot be a <see cref="CachedForEachDocument"/>) but
/// whose expensive part depends on a few values: with a <see cref="MemoCache"/> registered, that part is computed
/// again only when those values or the build's <see cref="BuildInputs"/> change. Without a cache it simply runs.
/// </summary>
public static class MemoValue
{
    /// <summary>
    /// What <paramref name="compute"/> makes from <paramref name="dependencies"/>, which must be everything it reads
    /// besides the build's inputs, as values <see cref="ValueFingerprints"/> can fingerprint. The computation has no
    /// context to report to: it throws for an error (nothing is kept) and returns what later warnings are made from,
    /// so that the step reports them on every run, reused or not.
    /// </summary>
    public static T Of<T>(IModule step, IExecutionContext context, object? dependencies, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        if (context.FindService<MemoCache>() is not { } cache)
        {
            return compute();
        }

        Fingerprint key;
        try
        {
            key = cache.KeyFor(step.GetType(), context.FindService<BuildInputs>(), dependencies);
        }
        catch (NotSupportedException ex)
        {
            // Never quietly uncached: a value the key cannot see is a bug in the step or in a type it reads.
            throw new InvalidOperationException($"the cache key of {step.GetType().Name} cannot be computed: {ex.Message}", ex);
        }

        return cache.GetOrAdd(step.GetType(), key, compute);
    }

    /// <summary>
    /// As <see cref="Of{T}(IModule, IExecutionContext, object?, Func{T})"/>, for dependencies that cost something
    /// to gather (a list made from a stream, for instance): <paramref name="dependencies"/> is called only when a
    /// cache is there to key the value with, and before <paramref name="compute"/>.
    /// </summary>
    public static T OfGathered<T>(IModule step, IExecutionContext context, Func<object?> dependencies, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        ArgumentNullException.ThrowIfNull(context);
        return context.FindService<MemoCache>() is null ? compute() : Of(step, context, dependencies(), compute);
    }
}
