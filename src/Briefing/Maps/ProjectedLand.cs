using NetTopologySuite.Geometries;

namespace Briefing.Maps;

/// <summary>
/// The data's countries projected, cut to one frame and simplified, with their SVG paths. This is most of a
/// map's cost, and it depends on the frame alone: every map of a build shares the home map's frame, so the build
/// makes it once and draws each map over it.
/// </summary>
internal sealed class ProjectedLand
{
    private ProjectedLand(MapFrame frame, IReadOnlyList<(string Iso, string Path, Geometry Shape)> countries)
    {
        Frame = frame;
        Countries = countries;
        ByIso = countries.ToDictionary(c => c.Iso, c => c.Shape, StringComparer.Ordinal);
    }

    public MapFrame Frame { get; }

    /// <summary>The countries that show in the frame, in the data's order.</summary>
    public IReadOnlyList<(string Iso, string Path, Geometry Shape)> Countries { get; }

    public IReadOnlyDictionary<string, Geometry> ByIso { get; }

    public static ProjectedLand Of(CountryData data, MapFrame frame)
    {
        var countries = new List<(string Iso, string Path, Geometry Shape)>();
        foreach (var country in data.Countries)
        {
            if (ProjectedShapes.Country(country.Shape, frame) is { } shape)
            {
                countries.Add((country.Iso, PathData.Of(shape), shape));
            }
        }

        return new ProjectedLand(frame, countries);
    }
}
