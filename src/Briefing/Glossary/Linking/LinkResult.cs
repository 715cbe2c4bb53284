namespace Briefing.Glossary.Linking;

/// <summary>What <see cref="TermLinker.Link"/> found on one page: every mention, and the terms it linked.</summary>
internal sealed record LinkResult(IReadOnlyList<TermMention> Mentions, IReadOnlySet<string> LinkedSlugs);
