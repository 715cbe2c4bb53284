namespace Briefing.Seeds;

/// <summary>One numbered paragraph: its anchor id (<c>p9</c>), its text and its permalink.</summary>
public sealed record ParagraphView(int Number, string Id, string Text, string Href);
