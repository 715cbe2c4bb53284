namespace Briefing.Scaffolding;

/// <summary>
/// A name the article uses, proposed as a glossary term. <see cref="Aliases"/> are shorter forms folded into it
/// ("Putin" for Vladimir Putin); <see cref="Sources"/> every sentence that names it, in reading order.
/// </summary>
internal sealed record GlossaryCandidate(string Name, GlossaryCandidateKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<CandidateSource> Sources)
{
    /// <summary>The paragraphs that use the name, ascending: its rank and the term's <c>sources</c>.</summary>
    public IReadOnlyList<int> Paragraphs { get; } = [.. Sources.Select(s => s.Paragraph).Distinct().Order()];
}
