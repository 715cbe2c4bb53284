namespace Briefing.Glossary;

/// <summary>A page body after linking: its HTML (unchanged when nothing was linked) and every mention on it.</summary>
internal sealed record LinkedBody(string Html, IReadOnlyList<PageMention> Mentions);
