namespace Briefing.Layouts;

/// <summary>A link in the site navigation; <see cref="Current"/> marks the page being rendered.</summary>
internal sealed record NavItem(string Title, string Url, bool Current, string? Description = null);
