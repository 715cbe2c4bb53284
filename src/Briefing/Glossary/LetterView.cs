namespace Briefing.Glossary;

/// <summary>One letter of the A–Z bar; <paramref name="HasTerms"/> false shows it disabled.</summary>
internal sealed record LetterView(string Letter, string Id, bool HasTerms);
