using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Modules;

/// <summary>
/// Runs a step on every document in parallel, keeping input order, and collects every document's
/// errors instead of stopping at the first, so a user sees all their mistakes in one run.
/// A step derived from this class runs on every build and says so in the run's notes; a step derived from
/// <see cref="CachedForEachDocument"/> may get an earlier run's result back instead.
/// </summary>
public abstract class ForEachDocument : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var cache = IsCached ? context.FindService<MemoCache>() : null;
        if (!IsCached)
        {
            context.Note($"{GetType().Name} is not cached: it runs on every document of every build");
        }

        var results = new IReadOnlyList<Document>[inputs.Count];
        var options = new ParallelOptions { CancellationToken = context.CancellationToken };
        await Parallel.ForAsync(0, inputs.Count, options, async (i, _) =>
        {
            try
            {
                results[i] = cache is null
                    ? await ExecuteAsync(inputs[i], context).ConfigureAwait(false)
                    : await ExecuteCachedAsync(inputs[i], context, cache).ConfigureAwait(false);
            }
            catch (DiagnosticException ex)
            {
                foreach (var diagnostic in ex.Diagnostics)
                {
                    context.Report(diagnostic);
                }

                results[i] = [];
            }
        }).ConfigureAwait(false);

        return [.. results.SelectMany(r => r)];
    }

    protected abstract Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context);

    /// <summary>Whether a memo cache may reuse the step's results.</summary>
    private protected virtual bool IsCached => false;

    /// <summary>The key of the step's result for one document (for cached steps only).</summary>
    private protected virtual Fingerprint KeyFor(Document input, IExecutionContext context, MemoCache cache) =>
        throw new InvalidOperationException($"{GetType().Name} is not a cached step");

    private async Task<IReadOnlyList<Document>> ExecuteCachedAsync(Document input, IExecutionContext context, MemoCache cache)
    {
        Fingerprint key;
        try
        {
            key = KeyFor(input, context, cache);
        }
        catch (NotSupportedException ex)
        {
            // Never quietly uncached: a value the key cannot see is a bug in the step or in a type it reads.
            throw new InvalidOperationException($"the cache key of {GetType().Name} for '{input.Source}' cannot be computed: {ex.Message}", ex);
        }

        if (cache.TryGet(GetType(), key, out var entry))
        {
            foreach (var diagnostic in entry.Diagnostics)
            {
                context.Report(diagnostic);
            }

            return entry.Outputs;
        }

        var recording = new RecordingContext(context);
        var outputs = await ExecuteAsync(input, recording).ConfigureAwait(false);

        // A result that came with an error is never kept: the next run must report it afresh (or not, once fixed).
        var reported = recording.Reported;
        if (!reported.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            cache.Set(key, outputs, reported);
        }

        return outputs;
    }
}
