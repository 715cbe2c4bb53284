namespace Briefing.Links;

/// <summary>A page that can be cited: its kind, title, site path (<c>/summaries/outlook/</c>), full URL and description.</summary>
internal sealed record PageLink(string Kind, string Title, string Path, string Url, string? Description);
