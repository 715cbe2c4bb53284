namespace Briefing.Pipeline;

/// <summary>A named list of steps per phase, with the pipelines whose outputs it reads.</summary>
public sealed class Pipeline
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public IReadOnlyList<IModule> Input { get; init; } = [];

    public IReadOnlyList<IModule> Process { get; init; } = [];

    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    public IReadOnlyList<IModule> Output { get; init; } = [];

    /// <summary>
    /// Whether the pipeline's documents serve only the Process phases of the pipelines that depend on it. The engine
    /// then lets go of them as soon as those have run and its own phases are done, instead of holding every stage's
    /// documents until the run ends, and the run's result lists none for it. Reading them later (in a PostProcess or
    /// Output phase, or from the result) is a mistake the engine reports.
    /// </summary>
    public bool Transient { get; init; }

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public override string ToString() => Name;
}
