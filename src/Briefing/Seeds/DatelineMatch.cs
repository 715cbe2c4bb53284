namespace Briefing.Seeds;

/// <summary>
/// Where the dateline was found (<paramref name="LineIndex"/> is 0-based into the seed's lines) and the
/// standfirst lines between the title and it (empty when the dateline follows the title directly).
/// </summary>
internal sealed record DatelineMatch(int LineIndex, SourceLine Line, DateOnly Date, IReadOnlyList<SourceLine> DekLines);
