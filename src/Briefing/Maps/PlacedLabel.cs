namespace Briefing.Maps;

/// <summary>A label where it was placed: its box, and the text's start and baseline inside the box.</summary>
internal sealed record PlacedLabel(LabelRequest Request, LabelBox Box)
{
    public double TextX => Box.X + LabelPlacer.Padding;

    public double Baseline => Box.Y + LabelPlacer.Padding + (Request.FontSize * TextMetrics.Ascent);
}
