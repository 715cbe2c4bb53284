namespace Briefing.Pipeline.Diagnostics;

/// <summary>
/// A place in a source file, 1-based. <see cref="Line"/> and <see cref="Column"/> are 0 when unknown.
/// </summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";

    /// <summary>The same file, shifted down by <paramref name="lines"/> (e.g. past front matter).</summary>
    public SourceLocation Offset(int lines) => this with { Line = Line <= 0 ? Line : Line + lines };
}
