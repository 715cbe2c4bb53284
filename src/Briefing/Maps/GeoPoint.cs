namespace Briefing.Maps;

/// <summary>A point on the Earth in degrees (WGS 84 latitude and longitude, as Natural Earth's data uses).</summary>
internal readonly record struct GeoPoint(double Latitude, double Longitude);
