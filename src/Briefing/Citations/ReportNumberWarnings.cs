using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Citations;

/// <summary>
/// Reports the number check's warnings that the reading steps stored on their documents. Reported here, on every
/// build, rather than where they were found, so a step whose result is reused from an earlier build still warns.
/// </summary>
internal sealed class ReportNumberWarnings(params string[] pipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        foreach (var warning in pipelines
            .SelectMany(context.Outputs)
            .SelectMany(d => d.Get(CitationKeys.NumberWarnings) ?? []))
        {
            context.Report(warning);
        }

        return Task.FromResult(inputs);
    }
}
