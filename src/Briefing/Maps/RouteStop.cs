namespace Briefing.Maps;

/// <summary>A named point a route passes; <paramref name="BySea"/> when the leg that arrives here is by sea.</summary>
internal sealed record RouteStop(string Name, GeoPoint Point, bool BySea);
