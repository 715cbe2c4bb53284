namespace Briefing.Maps;

/// <summary>What a place is, which decides how a map draws it.</summary>
internal enum PlaceKind
{
    /// <summary>A labelled marker.</summary>
    City,

    /// <summary>A shaded country, found by its ISO code in the country data.</summary>
    Country,

    /// <summary>A hatched area: several countries by ISO code, or a circle of a given radius around a point.</summary>
    Region,

    /// <summary>A line through named points.</summary>
    Route,
}
