namespace Briefing.Maps;

/// <summary>
/// Places labels so that no two boxes intersect, none covers a marker and all stay inside the map. Greedy, in
/// the order given, required labels first: a point's label tries eight spots around it (right, left, the
/// diagonals, above, below), nearer ones first, then further out; an area's label tries its point, then
/// shifts away from it. An optional label with no free spot is left out; a required one is reported as
/// <see cref="LabelLayout.Unplaced"/>. Cartographic label placement is NP-hard in general; for a handful of
/// labels the greedy order, with the most important first, gives what a cartographer would draw.
/// </summary>
internal static class LabelPlacer
{
    /// <summary>Room kept around every label's text, in SVG units.</summary>
    public const double Padding = 1.5;

    public static LabelLayout Place(IEnumerable<LabelRequest> requests, IReadOnlyList<LabelBox> obstacles, LabelBox bounds)
    {
        var placed = new List<PlacedLabel>();
        var unplaced = new List<LabelRequest>();
        var taken = new List<LabelBox>(obstacles);
        foreach (var request in requests.OrderBy(r => r.Required ? 0 : 1))
        {
            var box = Candidates(request).Cast<LabelBox?>().FirstOrDefault(c => c!.Value.Inside(bounds) && !taken.Any(t => t.Intersects(c.Value)));
            if (box is { } free)
            {
                placed.Add(new PlacedLabel(request, free));
                taken.Add(free);
            }
            else if (request.Required)
            {
                unplaced.Add(request);
            }
        }

        return new LabelLayout(placed, unplaced);
    }

    private static IEnumerable<LabelBox> Candidates(LabelRequest request)
    {
        var width = TextMetrics.Width(request.Text, request.FontSize) + (2 * Padding);
        var height = (request.FontSize * TextMetrics.LineHeight) + (2 * Padding);
        var (x, y) = (request.X, request.Y);
        if (request.IsArea)
        {
            foreach (var step in new[] { 0.0, 0.5, 1, 1.5, 2, 3 })
            {
                var dy = step * height;
                var dx = step * height * 2;
                yield return new LabelBox(x - (width / 2), y - (height / 2) - dy, width, height);
                yield return new LabelBox(x - (width / 2), y - (height / 2) + dy, width, height);
                yield return new LabelBox(x - (width / 2) + dx, y - (height / 2), width, height);
                yield return new LabelBox(x - (width / 2) - dx, y - (height / 2), width, height);
            }

            yield break;
        }

        foreach (var distance in new[] { request.Clearance + 1, request.Clearance + 6, request.Clearance + 14 })
        {
            var diagonal = distance * 0.7;
            yield return new LabelBox(x + distance, y - (height / 2), width, height);
            yield return new LabelBox(x - distance - width, y - (height / 2), width, height);
            yield return new LabelBox(x + diagonal, y - diagonal - height, width, height);
            yield return new LabelBox(x + diagonal, y + diagonal, width, height);
            yield return new LabelBox(x - diagonal - width, y - diagonal - height, width, height);
            yield return new LabelBox(x - diagonal - width, y + diagonal, width, height);
            yield return new LabelBox(x - (width / 2), y - distance - height, width, height);
            yield return new LabelBox(x - (width / 2), y + distance, width, height);
        }
    }
}
