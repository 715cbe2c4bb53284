namespace Briefing.Maps;

/// <summary>A place as a map links it: the term page's URL and the short definition its tooltip shows.</summary>
internal sealed record MapPlace(Place Place, string Url, string ShortDefinition);
