namespace Briefing.Pipeline;

/// <summary>
/// The four phases of a pipeline. Input runs at once; Process waits for the Process phase of the
/// pipeline's dependencies; PostProcess waits for every pipeline's Process phase; Output follows PostProcess.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
