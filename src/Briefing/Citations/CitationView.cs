namespace Briefing.Citations;

/// <summary>A ¶ chip as templates see it.</summary>
internal sealed record CitationView(int Number, string Label, string Href, string Title)
{
    public static CitationView From(Citation citation) =>
        new(citation.Paragraph.Number, citation.Label, citation.Href, citation.OpeningWords);
}
