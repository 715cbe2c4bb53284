namespace Briefing.Maps;

/// <summary>
/// How to draw one map: <paramref name="Id"/> prefixes the ids inside it (unique on the page),
/// <paramref name="Highlight"/> is the slug of the one place a term page's map shows, null for all of them.
/// </summary>
internal sealed record LocatorMapOptions(string Id, string Title, string? Highlight = null);
