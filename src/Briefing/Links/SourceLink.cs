namespace Briefing.Links;

/// <summary>
/// An outside source of the briefing in <c>links.json</c>: what its context chips link to and the site paths of
/// the pages that carry them.
/// </summary>
internal sealed record SourceLink(string Id, string Name, string Title, string Publisher, string? Date, string Url, IReadOnlyList<string> CitedOn);
