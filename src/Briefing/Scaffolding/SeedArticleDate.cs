namespace Briefing.Scaffolding;

/// <summary>An article's dateline: its date and the line as written ("Published on July 7, 2025").</summary>
internal sealed record SeedArticleDate(DateOnly Date, string Text);
