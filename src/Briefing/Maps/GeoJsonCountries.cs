using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Briefing.Maps;

/// <summary>
/// Reads the features of a GeoJSON feature collection that the maps use: the <c>iso</c> and <c>name</c> properties
/// and a polygon or multipolygon geometry. Read from the parsed document rather than by NetTopologySuite's GeoJSON
/// serializer, whose converters go through the serializer's reflection path, which a natively compiled app does not
/// have; the shapes are built with the same factory that reader uses (WGS 84, floating precision).
/// </summary>
internal static class GeoJsonCountries
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    /// <summary>Each feature's properties (null where missing or not text) and geometry (null where not a polygon).</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="FormatException">The JSON is not a feature collection.</exception>
    public static IReadOnlyList<(string? Iso, string? Name, Geometry? Shape)> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "FeatureCollection"
            || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("the top level must be a FeatureCollection with a 'features' list");
        }

        var read = new List<(string?, string?, Geometry?)>();
        foreach (var feature in features.EnumerateArray())
        {
            if (feature.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"feature {read.Count + 1} is not an object");
            }

            var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var geometry = feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object ? Shape(g, read.Count + 1) : null;
            read.Add((Text(properties, "iso"), Text(properties, "name"), geometry));
        }

        return read;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static Geometry? Shape(JsonElement geometry, int feature)
    {
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return Text(geometry, "type") switch
        {
            "Polygon" => Polygon(coordinates, feature),
            "MultiPolygon" => Factory.CreateMultiPolygon([.. coordinates.EnumerateArray().Select(c => Polygon(c, feature))]),
            _ => null,
        };
    }

    private static Polygon Polygon(JsonElement rings, int feature)
    {
        var all = rings.ValueKind == JsonValueKind.Array ? rings.EnumerateArray().Select(r => Ring(r, feature)).ToList() : [];
        if (all.Count == 0)
        {
            throw new FormatException($"feature {feature} has a polygon without rings");
        }

        return Factory.CreatePolygon(all[0], [.. all.Skip(1)]);
    }

    private static LinearRing Ring(JsonElement positions, int feature)
    {
        if (positions.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"feature {feature} has a ring that is not a list of positions");
        }

        var points = new List<Coordinate>(positions.GetArrayLength());
        foreach (var position in positions.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            {
                throw new FormatException($"feature {feature} has a position that is not [longitude, latitude]");
            }

            points.Add(new Coordinate(position[0].GetDouble(), position[1].GetDouble()));
        }

        try
        {
            return Factory.CreateLinearRing([.. points]);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"feature {feature} has an invalid ring: {ex.Message}", ex);
        }
    }
}
