namespace Briefing.Search;

/// <summary>One file of the index, as its UTF-8 bytes; <paramref name="Links"/> are the site paths it links to, for the link checker.</summary>
internal sealed record SearchIndexFile(string Path, byte[] Bytes, IReadOnlyList<string> Links);
