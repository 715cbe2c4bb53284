using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Core;

/// <summary>The outcome of one build: what was written and what the user should know.</summary>
internal sealed record BuildReport(int PagesWritten, int FilesWritten, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>Where the time went, slowest step first (shown with --verbose).</summary>
    public IReadOnlyList<ModuleTiming> Timings { get; init; } = [];

    /// <summary>Remarks about how the build ran, such as the steps that are never cached (shown with --verbose).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Why the build did not start: the output folder may not be replaced or written (a command-line or environment mistake, not the content's).</summary>
    public string? Refusal { get; init; }

    public static BuildReport Refused(string why) => new(0, 0, [], TimeSpan.Zero) { Refusal = why };

    public bool Succeeded => Refusal is null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
