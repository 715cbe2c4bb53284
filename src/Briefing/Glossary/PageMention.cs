using Briefing.Core;
using Briefing.Glossary.Linking;

namespace Briefing.Glossary;

/// <summary>
/// One mention of a term on a page, placed for its backlink. <paramref name="Anchor"/> is the fragment (without
/// '#') a link to the mention should use, or null for the page itself. <paramref name="Paragraph"/> is the
/// article paragraph's number when the mention is in one; otherwise <paramref name="Place"/> names the spot for
/// readers (a section heading, a landmark's label), or is null for the opening of the page.
/// </summary>
internal sealed record PageMention(TermMention Mention, string? Anchor, string? Place, int? Paragraph = null)
{
    public string Slug => Mention.Slug;
}
