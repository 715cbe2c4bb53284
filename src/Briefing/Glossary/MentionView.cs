namespace Briefing.Glossary;

/// <summary>
/// One backlink on a term page: where to go (<paramref name="Href"/>), what to call it (¶5, a section heading),
/// and a snippet of the text around the mention as HTML with the mention in <c>&lt;mark&gt;</c>.
/// </summary>
internal sealed record MentionView(string Href, string Label, string? AriaLabel, bool IsParagraph, string SnippetHtml);
