using Briefing.Pipeline.Diagnostics;

namespace Briefing.Preview;

/// <summary>A build error as the browser overlay shows it.</summary>
internal sealed record ReloadError(string? File, int Line, int Column, string Message, string? Hint, string Text)
{
    public static ReloadError From(Diagnostic diagnostic) => new(
        diagnostic.Location?.File,
        diagnostic.Location?.Line ?? 0,
        diagnostic.Location?.Column ?? 0,
        diagnostic.Message,
        diagnostic.Hint,
        diagnostic.ToString());
}
