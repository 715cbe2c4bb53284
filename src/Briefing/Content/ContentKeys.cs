using Briefing.Citations;
using Briefing.Pipeline;

namespace Briefing.Content;

/// <summary>Document metadata the Markdown page steps add.</summary>
internal static class ContentKeys
{
    /// <summary>
    /// The distinct paragraphs a Markdown page cites, in article order: a summary's "Read in the article" box
    /// (in Liquid: <c>cited_paragraphs</c>) and the pages search lists as citing a paragraph.
    /// </summary>
    public static readonly MetadataKey<IReadOnlyList<CitationView>> CitedParagraphs = new("cited-paragraphs");
}
