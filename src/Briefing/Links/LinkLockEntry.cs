namespace Briefing.Links;

/// <summary>One published link recorded in <c>links.lock</c>, with the line it is on for error messages.</summary>
internal sealed record LinkLockEntry(string Path, int Line);
