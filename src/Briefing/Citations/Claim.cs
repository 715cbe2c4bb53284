using Briefing.Pipeline.Diagnostics;

namespace Briefing.Citations;

/// <summary>
/// The text before a group of chips, back to the previous group or the start of its block: what the chips support.
/// </summary>
internal sealed record Claim(string Text, SourceLocation Location, IReadOnlyList<Citation> Citations, bool CitesSource);
