using Briefing.Seeds;

namespace Briefing.Citations;

/// <summary>A resolved reference to one paragraph of one article.</summary>
internal sealed record Citation(Article Article, SeedParagraph Paragraph, string Href)
{
    public string Label => $"¶{Paragraph.Number}";

    /// <summary>The paragraph's opening words, as an accessible description of the link.</summary>
    public string OpeningWords => OpeningWordsOf(Paragraph.Text);

    public static string OpeningWordsOf(string text, int words = 10)
    {
        var parts = text.Split(' ', words + 1, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text : string.Join(' ', parts.Take(words)).TrimEnd(',', ';', ':') + "…";
    }
}
