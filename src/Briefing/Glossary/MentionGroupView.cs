namespace Briefing.Glossary;

/// <summary>The mentions of a term on one page (or, for the glossary's own entries, on all of them).</summary>
public sealed record MentionGroupView(string Title, string Url, string KindLabel, IReadOnlyList<MentionView> Mentions);
