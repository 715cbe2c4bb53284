using Briefing.Pipeline.Diagnostics;

namespace Briefing.Cli;

/// <summary>Prints diagnostics for people: place, severity, message and hint; stack traces only with --verbose.</summary>
public sealed class ConsoleReporter(TextWriter output, TextWriter error, bool verbose)
{
    public TextWriter Output => output;

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var writer = diagnostic.Severity == DiagnosticSeverity.Error ? error : output;
            writer.WriteLine(diagnostic.ToString());
            if (verbose && diagnostic.Exception is { } exception)
            {
                writer.WriteLine(exception.ToString());
            }
        }
    }

    public void Error(string message, string? hint = null) =>
        error.WriteLine(hint is null ? $"error: {message}" : $"error: {message} ({hint})");
}
