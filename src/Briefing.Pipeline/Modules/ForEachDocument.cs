using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Modules;

/// <summary>
/// Runs a step on every document in parallel, keeping input order, and collects every document's
/// errors instead of stopping at the first, so a user sees all their mistakes in one run.
/// </summary>
public abstract class ForEachDocument : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var results = new IReadOnlyList<Document>[inputs.Count];
        var options = new ParallelOptions { CancellationToken = context.CancellationToken };
        await Parallel.ForAsync(0, inputs.Count, options, async (i, _) =>
        {
            try
            {
                results[i] = await ExecuteAsync(inputs[i], context).ConfigureAwait(false);
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
}
