using Briefing.Core;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Maps;

/// <summary>
/// A glossary term that is a place, from its front matter's <c>place:</c>. <see cref="Point"/> is where its marker
/// or label goes (for a country or region without one, the map picks a point inside the shape);
/// <see cref="Countries"/> are the ISO 3166-1 alpha-3 codes a country or region shades.
/// </summary>
internal sealed record Place
{
    public required string Slug { get; init; }

    /// <summary>The name written on the map: the term, or the place's own <c>label</c>.</summary>
    public required string Label { get; init; }

    public required PlaceKind Kind { get; init; }

    public GeoPoint? Point { get; init; }

    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>For a region drawn as an approximate area: its radius in kilometres.</summary>
    public double? RadiusKm { get; init; }

    public IReadOnlyList<RouteStop> Stops { get; init; } = [];

    public required SourceLocation Location { get; init; }
}
