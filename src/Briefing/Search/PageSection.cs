namespace Briefing.Search;

/// <summary>
/// A stretch of a page body from one heading to the next. The first section is what comes before any heading
/// (<see cref="Id"/> and <see cref="Heading"/> null).
/// </summary>
internal sealed record PageSection(string? Id, string? Heading, string Text);
