namespace Briefing.Search;

/// <summary>One scored part of an entry's text.</summary>
internal sealed record SearchField(SearchFieldKind Kind, string Text);
