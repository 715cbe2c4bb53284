namespace Briefing.Search;

/// <summary>One file of the index; <paramref name="Links"/> are the site paths it links to, for the link checker.</summary>
internal sealed record SearchIndexFile(string Path, string Content, IReadOnlyList<string> Links);
