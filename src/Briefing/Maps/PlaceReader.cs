using Briefing.Core;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Maps;

/// <summary>
/// Reads a term's <c>place:</c> mapping: <c>lat</c>, <c>lon</c>, <c>kind</c> (city, country, region, route),
/// <c>label</c>, <c>iso</c> (a country's code), <c>countries</c> (a region's codes), <c>radius_km</c> and a
/// route's <c>points</c> (each <c>name</c>, <c>lat</c>, <c>lon</c>, optionally <c>sea: true</c>). Mistakes are
/// recorded in the term's mapping, at their line and column.
/// </summary>
internal static class PlaceReader
{
    private static readonly string[] Keys = ["lat", "lon", "kind", "label", "iso", "countries", "radius_km", "points"];
    private static readonly string[] StopKeys = ["name", "lat", "lon", "sea"];

    public static Place? Read(YamlMapping frontMatter, string slug, string term)
    {
        if (frontMatter.OptionalMapping("place", Keys) is not { } map)
        {
            return null;
        }

        var kindText = map.OptionalString("kind") ?? "city";
        var kind = kindText switch
        {
            "city" => PlaceKind.City,
            "country" => PlaceKind.Country,
            "region" => PlaceKind.Region,
            "route" => PlaceKind.Route,
            _ => (PlaceKind?)null,
        };
        map.Check("kind", kind is not null, $"unknown place kind '{kindText}'", "write kind: city, country, region or route");

        var point = ReadPoint(map, required: kind is PlaceKind.City || (kind is PlaceKind.Region && map.LocationOf("countries") is null));
        var iso = map.OptionalString("iso");
        var countries = map.StringList("countries").Select(c => c.Value).ToList();
        if (kind == PlaceKind.Country)
        {
            map.Check("kind", iso is not null, "a country needs its ISO code", "add iso: with its ISO 3166-1 alpha-3 code, e.g. iso: TUR");
        }

        var radius = map.OptionalNumber("radius_km");
        map.Check("radius_km", radius is null or > 0, "'radius_km' must be more than 0", "write radius_km: 40");
        var stops = map.MappingList("points", StopKeys).Select(ReadStop).OfType<RouteStop>().ToList();
        if (kind == PlaceKind.Route)
        {
            map.Check("kind", stops.Count >= 2 || map.HasErrors, "a route needs at least two points", "add points: with one '- { name: …, lat: …, lon: … }' line per point");
        }

        foreach (var code in countries.Append(iso ?? "AAA"))
        {
            map.Check(code == iso ? "iso" : "countries", code.Length == 3 && code.All(char.IsAsciiLetterUpper), $"'{code}' is not an ISO 3166-1 alpha-3 code", "write three capital letters, e.g. AZE");
        }

        return new Place
        {
            Slug = slug,
            Label = map.OptionalString("label") ?? term,
            Kind = kind ?? PlaceKind.City,
            Point = point,
            Countries = iso is null ? countries : [iso, .. countries],
            RadiusKm = radius,
            Stops = stops,
            Location = frontMatter.LocationOf("place") ?? frontMatter.Location,
        };
    }

    private static GeoPoint? ReadPoint(YamlMapping map, bool required)
    {
        var lat = map.OptionalNumber("lat");
        var lon = map.OptionalNumber("lon");
        if (required || lat is not null || lon is not null)
        {
            map.Check("lat", lat is not null || map.LocationOf("lat") is not null, "the place needs a latitude", "add lat: in degrees north, e.g. lat: 40.41");
            map.Check("lon", lon is not null || map.LocationOf("lon") is not null, "the place needs a longitude", "add lon: in degrees east, e.g. lon: 49.87");
        }

        map.Check("lat", lat is null or >= -90 and <= 90, $"latitude {lat} is outside -90 to 90", "write degrees north (south negative)");
        map.Check("lon", lon is null or >= -180 and <= 180, $"longitude {lon} is outside -180 to 180", "write degrees east (west negative)");
        return lat is { } a && lon is { } o && a is >= -90 and <= 90 && o is >= -180 and <= 180 ? new GeoPoint(a, o) : null;
    }

    private static RouteStop? ReadStop(YamlMapping stop)
    {
        var name = stop.RequiredString("name", "name: Baku");
        var point = ReadPoint(stop, required: true);
        var sea = stop.OptionalBool("sea") ?? false;
        return point is { } p && name.Length > 0 ? new RouteStop(name, p, sea) : null;
    }
}
