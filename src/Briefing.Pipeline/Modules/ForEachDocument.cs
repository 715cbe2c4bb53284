using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Modules;

/// <summary>
/// Runs a step on every document in parallel, keeping input order, and collects every document's
/// errors instead of stopping at the first, so a user sees all their mistakes in one run.
/// A step that declares its dependencies (<see cref="CacheDependencies"/>) is cacheable: when a
/// <see cref="MemoCache"/> is registered, a document whose content, metadata and dependencies are unchanged
/// since an earlier run gets that run's result back, with its warnings, without the step running.
/// </summary>
public abstract class ForEachDocument : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var cache = context.FindService<MemoCache>();
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

    /// <summary>
    /// Everything besides the input document that the step's result depends on (settings, other pipelines'
    /// outputs, template files, the step's own configuration), as values <see cref="ValueFingerprints"/> can
    /// fingerprint: e.g. <c>new object[] { options.IncludeDrafts, context.Outputs("Seeds") }</c>. Null, the
    /// default, means the step is not cacheable and always runs. Leaving out something the step reads makes a
    /// cache return stale results, so list generously.
    /// </summary>
    protected virtual object? CacheDependencies(Document input, IExecutionContext context) => null;

    private async Task<IReadOnlyList<Document>> ExecuteCachedAsync(Document input, IExecutionContext context, MemoCache cache)
    {
        Fingerprint key;
        try
        {
            if (CacheDependencies(input, context) is not { } dependencies)
            {
                return await ExecuteAsync(input, context).ConfigureAwait(false);
            }

            key = cache.KeyFor(GetType(), input, dependencies);
        }
        catch (NotSupportedException)
        {
            // Something in the document cannot be fingerprinted by value: run the step uncached.
            return await ExecuteAsync(input, context).ConfigureAwait(false);
        }

        if (cache.TryGet(key, out var entry))
        {
            foreach (var diagnostic in entry.Diagnostics)
            {
                context.Report(diagnostic);
            }

            return entry.Outputs;
        }

        var recording = new RecordingContext(context);
        var outputs = await ExecuteAsync(input, recording).ConfigureAwait(false);
        cache.Set(key, outputs, recording.Reported);
        return outputs;
    }
}
