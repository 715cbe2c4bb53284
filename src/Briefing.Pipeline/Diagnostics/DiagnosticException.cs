namespace Briefing.Pipeline.Diagnostics;

/// <summary>
/// Thrown by a module for a mistake in the user's input. The engine reports it as a diagnostic,
/// never as a stack trace.
/// </summary>
public sealed class DiagnosticException : Exception
{
    public DiagnosticException(Diagnostic diagnostic)
        : base(diagnostic.ToString()) => Diagnostics = [diagnostic];

    public DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    public DiagnosticException(string message, SourceLocation? location = null, string? hint = null)
        : this(Diagnostic.Error(message, location, hint))
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
