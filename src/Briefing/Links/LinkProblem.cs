namespace Briefing.Links;

/// <summary>Why a link does not work, and what to do about it.</summary>
internal sealed record LinkProblem(string Reason, string Hint);
