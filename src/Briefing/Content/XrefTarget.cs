namespace Briefing.Content;

/// <summary>Where an <c>xref:slug</c> link leads, .</summary>
internal sealed record XrefTarget(string Href);
