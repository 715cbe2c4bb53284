namespace Briefing.Maps;

/// <summary>
/// A label to place: its text and size, the point it names, how far its marker reaches
/// (<paramref name="Clearance"/>), whether it labels a point (beside it) or an area (over it), and whether the
/// map must show it (a place's own name) or may leave it out for lack of room (a country's name).
/// </summary>
internal sealed record LabelRequest(string Id, string Text, double FontSize, double X, double Y, double Clearance, bool IsArea, bool Required);
