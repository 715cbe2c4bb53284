namespace Briefing.Maps;

/// <summary>
/// A drawn map: its SVG, the labels where they were placed (for the overlap checks) and the same drawing as plain
/// shapes (for the social card).
/// </summary>
internal sealed record MapDrawing(string Svg, LabelLayout Labels, MapOutline Outline);
