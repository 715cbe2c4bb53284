namespace Briefing.Glossary;

/// <summary>The index's terms under one letter, in index order.</summary>
public sealed record LetterGroupView(string Letter, string Id, IReadOnlyList<TermEntryView> Terms);
