namespace Briefing.Content;

/// <summary>Where an <c>xref:slug</c> link leads, .</summary>
public sealed record XrefTarget(string Href);
