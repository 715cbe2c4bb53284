using System.Globalization;

namespace Briefing.Maps;

/// <summary>The words of a map: its description for screen readers, and the kind of each place.</summary>
internal static class MapText
{
    public static string Description(IReadOnlyList<MapItem> items, LabelLayout labels, ScaleBar scale)
    {
        var parts = new List<string>();
        void Add(string what, IEnumerable<MapItem> these)
        {
            var names = these.Select(i => i.Place.Place.Label).ToList();
            if (names.Count > 0)
            {
                parts.Add($"{what}: {List(names)}");
            }
        }

        Add("Marked", items.Where(i => i.Place.Place.Kind == PlaceKind.City));
        Add("Shaded", items.Where(i => i.Place.Place.Kind is PlaceKind.Country or PlaceKind.Region));
        foreach (var route in items.Where(i => i.Place.Place.Kind == PlaceKind.Route))
        {
            parts.Add($"{route.Place.Place.Label} drawn through {List(route.Place.Place.Stops.Select(s => s.Name).ToList())}");
        }

        var countries = labels.Placed.Where(l => l.Request.Id.StartsWith("country-", StringComparison.Ordinal)).Select(l => l.Request.Text).Order(StringComparer.Ordinal).ToList();
        if (countries.Count > 0)
        {
            parts.Add($"countries named on the map: {List(countries)}");
        }

        var lead = string.Join("; ", parts);
        var sentence = lead.Length == 0 ? "" : char.ToUpperInvariant(lead[0]) + lead[1..] + ". ";
        return sentence + string.Create(CultureInfo.InvariantCulture, $"Albers equal-area projection; the scale bar of {scale.Label} holds at latitude {scale.Latitude:0}° N. Boundaries: Natural Earth.");
    }

    public static string KindOf(Place place) => place.Kind switch
    {
        PlaceKind.City => "city",
        PlaceKind.Country => "country",
        PlaceKind.Region => "region",
        _ => "route",
    };

    public static string List(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
