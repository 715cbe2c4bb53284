namespace Briefing.Glossary;

/// <summary>The groups a term page lists, and a sentence counting what it leaves out (null when nothing is left out).</summary>
internal sealed record LimitedMentions(IReadOnlyList<MentionGroupView> Groups, string? Unlisted);
