using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline;

/// <summary>
/// What a run produced: the final documents of every pipeline (none for a <see cref="Pipeline.Transient"/> one) and
/// every diagnostic, in a stable order.
/// </summary>
public sealed record EngineResult(
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every module run with its duration, slowest first. Not part of any output: timings vary by run.</summary>
    public IReadOnlyList<ModuleTiming> Timings { get; init; } = [];

    /// <summary>Remarks the modules made about the run (see <see cref="IExecutionContext.Note"/>), each once, in ordinal order.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
