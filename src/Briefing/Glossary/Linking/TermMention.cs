using Briefing.Core;

namespace Briefing.Glossary.Linking;

/// <summary>
/// One mention of a term on a page, linked or not. <paramref name="AnchorId"/> is the id of the nearest
/// element around the mention that has one (e.g. <c>p7</c>), <paramref name="Ordinal"/> counts mentions of
/// all terms on the page from 1 in document order, and <paramref name="Before"/>, <paramref name="Match"/>
/// and <paramref name="After"/> are a plain-text snippet from the surrounding block, whitespace collapsed.
/// Before starts and After ends with "…" when the block's text was cut.
/// </summary>
internal sealed record TermMention(string Slug, string? AnchorId, int Ordinal, string Before, string Match, string After)
{
    /// <summary>
    /// The id of the last heading (<c>h1</c>–<c>h6</c>) before the mention in document order, if that heading
    /// has one: where a backlink can point on a page whose paragraphs have no ids of their own.
    /// </summary>
    public string? SectionId { get; init; }

    /// <summary>The snippet as HTML: escaped text with the mention wrapped in <c>&lt;mark&gt;</c>.</summary>
    public string ToSnippetHtml() =>
        $"{HtmlText.Escape(Before)}<mark>{HtmlText.Escape(Match)}</mark>{HtmlText.Escape(After)}";
}
