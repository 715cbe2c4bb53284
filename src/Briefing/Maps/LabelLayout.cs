namespace Briefing.Maps;

/// <summary>The labels placed, and the required ones for which no free spot was found.</summary>
internal sealed record LabelLayout(IReadOnlyList<PlacedLabel> Placed, IReadOnlyList<LabelRequest> Unplaced);
