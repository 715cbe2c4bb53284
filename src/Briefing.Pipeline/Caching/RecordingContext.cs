using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// Passes everything through to the step's real context and keeps a copy of what the step reports about one
/// document, so that a cache hit can report the same warnings again.
/// </summary>
internal sealed class RecordingContext(IExecutionContext inner) : IExecutionContext
{
    private readonly List<Diagnostic> _reported = [];

    public string PipelineName => inner.PipelineName;

    public Phase Phase => inner.Phase;

    public CancellationToken CancellationToken => inner.CancellationToken;

    public IReadOnlyList<Diagnostic> Reported
    {
        get
        {
            lock (_reported)
            {
                return [.. _reported];
            }
        }
    }

    public IReadOnlyList<Document> Outputs(string pipelineName) => inner.Outputs(pipelineName);

    public T GetService<T>()
        where T : class => inner.GetService<T>();

    public T? FindService<T>()
        where T : class => inner.FindService<T>();

    public void Note(string message) => inner.Note(message);

    public void Report(Diagnostic diagnostic)
    {
        lock (_reported)
        {
            _reported.Add(diagnostic);
        }

        inner.Report(diagnostic);
    }
}
