using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline;

/// <summary>What a module sees of the engine while it runs.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The Process-phase outputs of another pipeline. In the Process phase only declared dependencies may be read;
    /// in PostProcess and Output, any pipeline.
    /// </summary>
    IReadOnlyList<Document> Outputs(string pipelineName);

    /// <summary>A service registered with the engine (settings, caches); missing services are a programming error.</summary>
    T GetService<T>()
        where T : class;

    /// <summary>A service that may or may not be registered (an optional cache), or null.</summary>
    T? FindService<T>()
        where T : class;

    /// <summary>Records a warning or error without stopping the module; an error fails the pipeline once the module ends.</summary>
    void Report(Diagnostic diagnostic);

    /// <summary>
    /// Records a remark about how the run went (e.g. that a step is not cached), for developers: never an error,
    /// never shown to a user unless asked for. The same remark made many times is kept once.
    /// </summary>
    void Note(string message);
}
