namespace Briefing.Maps;

/// <summary>Document metadata the maps add.</summary>
public static class MapKeys
{
    /// <summary>The <see cref="Maps.Place"/> of a glossary term that is one.</summary>
    public const string Place = "place";

    /// <summary>A term page's own small map, as the HTML of a figure (the layout's <c>map</c>).</summary>
    public const string TermMap = "term-map";

    /// <summary>The home page's map as a <see cref="MapOutline"/>, for its social card.</summary>
    public const string HomeOutline = "home-map-outline";
}
