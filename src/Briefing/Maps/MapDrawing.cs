namespace Briefing.Maps;

/// <summary>A drawn map: its SVG, and the labels where they were placed (for the overlap checks).</summary>
public sealed record MapDrawing(string Svg, LabelLayout Labels);
