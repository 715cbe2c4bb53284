namespace Briefing.Pipeline.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
