namespace Briefing.Publishing;

/// <summary>One page in the Atom feed. <paramref name="Published"/> is the page's own date, if it has one.</summary>
internal sealed record FeedEntry(string Title, string Url, string? Summary, DateOnly Updated, DateOnly? Published);
