using Briefing.Maps;
using CsCheck;

namespace Briefing.Tests.Maps;

public sealed class LabelPlacerTests
{
    private static readonly LabelBox Bounds = new(0, 0, 400, 300);

    [Fact]
    public void Two_labels_at_the_same_point_go_to_different_sides()
    {
        var layout = LabelPlacer.Place(
            [Request("a", "Baku", 200, 150), Request("b", "Sumgait", 200, 150)],
            [LabelBox.Around(200, 150, 4)],
            Bounds);

        Assert.Empty(layout.Unplaced);
        Assert.False(layout.Placed[0].Box.Intersects(layout.Placed[1].Box));
        Assert.True(layout.Placed[0].Box.X > 200, "the first label takes the preferred spot, right of its point");
    }

    [Fact]
    public void A_label_at_the_right_edge_moves_to_the_left_of_its_point()
    {
        var layout = LabelPlacer.Place([Request("a", "Yekaterinburg", 395, 150)], [], Bounds);

        Assert.True(Assert.Single(layout.Placed).Box.Right <= 395);
    }

    [Fact]
    public void An_optional_label_without_room_is_left_out_and_a_required_one_is_reported()
    {
        var full = new LabelBox(0, 0, 400, 300);
        var layout = LabelPlacer.Place([Request("a", "Baku", 200, 150), Request("b", "Iran", 100, 100) with { Required = false }], [full], Bounds);

        Assert.Empty(layout.Placed);
        Assert.Equal("a", Assert.Single(layout.Unplaced).Id);
    }

    [Fact]
    public void Placed_labels_never_overlap_each_other_or_markers_and_stay_inside()
    {
        var point = Gen.Select(Gen.Double[0, 400], Gen.Double[0, 300], Gen.String[Gen.Char['a', 'z'], 2, 16], Gen.Bool);
        point.Array[1, 25].Sample(points =>
        {
            var requests = points.Select((p, i) => new LabelRequest($"l{i}", p.Item3, 11, p.Item1, p.Item2, 3.5, IsArea: i % 3 == 0, Required: p.Item4)).ToList();
            var markers = points.Select(p => LabelBox.Around(p.Item1, p.Item2, 4)).ToList();
            var layout = LabelPlacer.Place(requests, markers, Bounds);
            var boxes = layout.Placed.Select(l => l.Box).ToList();
            return boxes.All(b => b.Inside(Bounds))
                && boxes.All(b => !markers.Any(m => m.Intersects(b)))
                && boxes.SelectMany((a, i) => boxes.Skip(i + 1), (a, b) => !a.Intersects(b)).All(ok => ok);
        });
    }

    private static LabelRequest Request(string id, string text, double x, double y) => new(id, text, 11, x, y, 3.5, IsArea: false, Required: true);
}
