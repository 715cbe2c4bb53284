namespace Briefing.Tests.Snapshots;

/// <summary>Options for one snapshot verification.</summary>
public sealed record SnapshotSettings
{
    public static SnapshotSettings Default { get; } = new();

    /// <summary>
    /// Appended to the method name as <c>_{NameSuffix}</c>, the way Verify names parameterised cases:
    /// <c>Type.Method_param.verified.html</c>. Needed when one test method verifies several values.
    /// </summary>
    public string? NameSuffix { get; init; }

    /// <summary>Applied in order to the formatted text before comparison, e.g. to replace a temp path.</summary>
    public IReadOnlyList<Func<string, string>> Scrubbers { get; init; } = [];

    /// <summary>
    /// Directory snapshots only: decides which files take part, given the path relative to the
    /// verified directory with <c>/</c> separators (e.g. <c>glossary/term.html</c>). Null includes all.
    /// </summary>
    public Func<string, bool>? Include { get; init; }

    /// <summary>Runs the scrubbers and re-normalises, so a scrubber cannot reintroduce noise.</summary>
    internal string Scrub(string normalisedText)
    {
        var text = normalisedText;
        foreach (var scrubber in Scrubbers)
        {
            text = scrubber(text);
        }

        return SnapshotText.Normalise(text);
    }
}
