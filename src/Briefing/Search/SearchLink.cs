namespace Briefing.Search;

/// <summary>A page a result mentions, e.g. a summary that cites a paragraph; <see cref="Url"/> is a site path.</summary>
internal sealed record SearchLink(string Title, string Url);
