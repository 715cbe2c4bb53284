namespace Briefing.Links;

/// <summary>One row of the link list, whatever it points to: what it is, how to call it, where it goes and what it says.</summary>
internal sealed record CitableLink(string Kind, string Label, string Path, string Url, string Text);
