namespace Briefing.Scaffolding;

/// <summary>
/// A date the article gives, proposed as a timeline event. <see cref="Date"/> is ISO 8601 at the precision the
/// text gives ("2024", "2023-09", "2025-07-07"), or null for a relative date with no dateline to resolve it
/// against; <see cref="Label"/> the display text where the date alone would say more or less than the text
/// ("Spring 2024", "Late 2024"); <see cref="Approximate"/> is true for a date resolved from a relative
/// expression ("fifteen years ago") or a decade. <see cref="Sources"/> every sentence that gives it.
/// </summary>
internal sealed record TimelineCandidate(string Text, string? Date, string? Label, bool Approximate, IReadOnlyList<CandidateSource> Sources)
{
    public IReadOnlyList<int> Paragraphs { get; } = [.. Sources.Select(s => s.Paragraph).Distinct().Order()];
}
