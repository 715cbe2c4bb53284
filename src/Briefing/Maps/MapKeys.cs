using Briefing.Pipeline;

namespace Briefing.Maps;

/// <summary>Document metadata the maps add.</summary>
internal static class MapKeys
{
    /// <summary>The <see cref="Maps.Place"/> of a glossary term that is one.</summary>
    public static readonly MetadataKey<Place> Place = new("place");

    /// <summary>A term page's own small map, as the HTML of a figure (the layout's <c>map</c>).</summary>
    public static readonly MetadataKey<string> TermMap = new("term-map");

    /// <summary>The home page's map as a <see cref="MapOutline"/>, for its social card.</summary>
    public static readonly MetadataKey<MapOutline> HomeOutline = new("home-map-outline");
}
