namespace Briefing.Search;

/// <summary>One scored part of an entry's text.</summary>
public sealed record SearchField(SearchFieldKind Kind, string Text);
