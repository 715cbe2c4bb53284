namespace Briefing.Content;

/// <summary>Where an <c>xref:slug</c> link leads, and the description its link carries.</summary>
public sealed record XrefTarget(string Href, string Title);
