using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline;

internal sealed class ExecutionContext(
    Pipeline pipeline,
    Phase phase,
    Func<string, IReadOnlyList<Document>> outputs,
    Func<Type, object?> services,
    Action<string> note,
    CancellationToken cancellationToken) : IExecutionContext
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Lock _gate = new();

    public string PipelineName => pipeline.Name;

    public Phase Phase => phase;

    public CancellationToken CancellationToken => cancellationToken;

    public IReadOnlyList<Document> Outputs(string pipelineName)
    {
        if (!MayRead(pipelineName))
        {
            var why = phase == Phase.Output
                ? "; an Output phase runs as soon as its own pipeline's Process phase is done, unless the pipeline has a PostProcess phase"
                : "";
            throw new InvalidOperationException(
                $"Pipeline '{pipeline.Name}' reads '{pipelineName}' in its {phase} phase without declaring it as a dependency{why}.");
        }

        return outputs(pipelineName);
    }

    // A Process phase, and an Output phase without a PostProcess before it, start once the pipeline's dependencies
    // (and, for Output, its own Process phase) are done: only those are sure to have finished.
    private bool MayRead(string pipelineName) => phase switch
    {
        Phase.Process => pipeline.Dependencies.Contains(pipelineName, StringComparer.Ordinal),
        Phase.Output when pipeline.PostProcess.Count == 0 =>
            pipelineName == pipeline.Name || pipeline.Dependencies.Contains(pipelineName, StringComparer.Ordinal),
        _ => true,
    };

    public T GetService<T>()
        where T : class =>
        services(typeof(T)) as T ?? throw new InvalidOperationException($"No service of type {typeof(T).Name} is registered.");

    public T? FindService<T>()
        where T : class => services(typeof(T)) as T;

    public void Note(string message) => note($"{pipeline.Name}/{phase}: {message}");

    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_gate)
            {
                return [.. _diagnostics];
            }
        }
    }
}
