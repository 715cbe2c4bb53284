using System.Globalization;

namespace Briefing.Scaffolding;

/// <summary>
/// Where a candidate was found: the paragraph's number, the sentence (verbatim) and the words as the article
/// writes them there (for example "Russia’s" for the name Russia). The sentence explains the candidate.
/// </summary>
internal sealed record CandidateSource(int Paragraph, string Sentence, string Text)
{
    public string ParagraphId => "p" + Paragraph.ToString(CultureInfo.InvariantCulture);
}
