namespace Briefing.Glossary.Linking;

/// <summary>
/// One name to look for in page text. <paramref name="CaseSensitive"/> is for acronyms ("US", "CIS")
/// that must not match ordinary words written in lower case.
/// </summary>
internal sealed record TermPattern(string Text, string TermId, bool CaseSensitive = false);
