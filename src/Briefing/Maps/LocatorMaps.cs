namespace Briefing.Maps;

/// <summary>
/// Every map of a build, drawn: the home page's figure and outline, each place's term page figure by the place's
/// slug, and the labels the home map had no room for (reported on every build, whether the maps were drawn or
/// reused). <see cref="HomeFigure"/> is null when no place can be drawn.
/// </summary>
internal sealed record LocatorMaps(
    string? HomeFigure,
    MapOutline? HomeOutline,
    IReadOnlyDictionary<string, string> TermFigures,
    IReadOnlyList<LabelRequest> Unplaced)
{
    public static readonly LocatorMaps None = new(null, null, new Dictionary<string, string>(StringComparer.Ordinal), []);
}
