namespace Briefing.Pipeline;

/// <summary>
/// The four phases of a pipeline. Input runs at once; Process waits for the Process phase of the
/// pipeline's dependencies; PostProcess, when the pipeline has one, waits for every pipeline's Process phase;
/// Output follows the pipeline's own PostProcess, or its Process when it has no PostProcess, and then may read
/// only the pipeline's dependencies.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
