using NetTopologySuite.Geometries;

namespace Briefing.Maps;

/// <summary>One country of the map data: its ISO 3166-1 alpha-3 code, its name and its shape in degrees.</summary>
internal sealed record CountryShape(string Iso, string Name, Geometry Shape);
