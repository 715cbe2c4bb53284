namespace Briefing.Glossary;

/// <summary>The index's terms under one letter, in index order.</summary>
internal sealed record LetterGroupView(string Letter, string Id, IReadOnlyList<TermEntryView> Terms);
