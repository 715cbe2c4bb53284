using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;

namespace Briefing.Maps;

/// <summary>
/// The country shapes the maps draw (<c>theme/data/countries.geojson</c>, Natural Earth's admin-0 countries
/// cut to the region the maps can show; see docs/pictures.md), read with NetTopologySuite's GeoJSON reader.
/// <see cref="Window"/> is the part of the world the data covers: a place outside it cannot be drawn.
/// </summary>
internal sealed class CountryData
{
    public const string ThemePath = "data/countries.geojson";

    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    private readonly Dictionary<string, CountryShape> _byIso;

    public CountryData(IReadOnlyList<CountryShape> countries)
    {
        Countries = countries;
        _byIso = countries.ToDictionary(c => c.Iso, StringComparer.Ordinal);
        var window = new Envelope();
        foreach (var country in countries)
        {
            window.ExpandToInclude(country.Shape.EnvelopeInternal);
        }

        Window = window;
    }

    public IReadOnlyList<CountryShape> Countries { get; }

    public Envelope Window { get; }

    public CountryShape? Find(string iso) => _byIso.GetValueOrDefault(iso);

    public bool Covers(GeoPoint point) => Window.Contains(point.Longitude, point.Latitude);

    /// <summary>Reads a GeoJSON feature collection whose features have <c>iso</c> and <c>name</c> properties.</summary>
    /// <exception cref="FormatException">The text is not such a collection.</exception>
    public static CountryData Parse(string json)
    {
        FeatureCollection? features;
        try
        {
            features = JsonSerializer.Deserialize<FeatureCollection>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not GeoJSON: {ex.Message}", ex);
        }

        var countries = new List<CountryShape>();
        foreach (var feature in features ?? [])
        {
            var iso = feature.Attributes?.GetOptionalValue("iso")?.ToString();
            var name = feature.Attributes?.GetOptionalValue("name")?.ToString();
            if (iso is null || name is null || feature.Geometry is not (Polygon or MultiPolygon))
            {
                throw new FormatException($"feature {countries.Count + 1} needs the properties 'iso' and 'name' and a polygon geometry");
            }

            // Rounded coordinates can make a ring touch itself; clipping needs valid polygons. Dissolving
            // joins pieces the conversion put together (Crimea and mainland Ukraine) into one outline.
            var shape = feature.Geometry.IsValid ? feature.Geometry : GeometryFixer.Fix(feature.Geometry);
            countries.Add(new CountryShape(iso, name, shape.NumGeometries > 1 ? shape.Union() : shape));
        }

        return new CountryData(countries);
    }
}
