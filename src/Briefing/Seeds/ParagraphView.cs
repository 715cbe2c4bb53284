namespace Briefing.Seeds;

/// <summary>
/// One numbered paragraph: its anchor id (<c>p9</c>), its text, its permalink within the site and its absolute URL
/// (what a "copy link" control copies into a report).
/// </summary>
internal sealed record ParagraphView(int Number, string Id, string Text, string Href, string Url);
