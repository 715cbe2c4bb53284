namespace Briefing.Pipeline.Diagnostics;

/// <summary>
/// Something a user must see about their input: where it is, what is wrong, and how to fix it.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message, SourceLocation? Location = null, string? Hint = null)
{
    /// <summary>The exception behind an internal error, shown only with --verbose.</summary>
    public Exception? Exception { get; init; }

    public static Diagnostic Error(string message, SourceLocation? location = null, string? hint = null) =>
        new(DiagnosticSeverity.Error, message, location, hint);

    public static Diagnostic Warning(string message, SourceLocation? location = null, string? hint = null) =>
        new(DiagnosticSeverity.Warning, message, location, hint);

    public override string ToString()
    {
        var kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var where = Location is null ? "" : $"{Location}: ";
        var hint = Hint is null ? "" : $" ({Hint})";
        return $"{where}{kind}: {Message}{hint}";
    }
}
