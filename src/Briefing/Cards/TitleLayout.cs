using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// A card's title set in lines: the lines, the size they fit at, and where each line's baseline is. Knowing the
/// layout before drawing tells which rows the title can touch (<see cref="InkRows"/>), so a card over its base
/// restores and compares only those rows.
/// </summary>
internal sealed record TitleLayout(IReadOnlyList<string> Lines, float Size, float FirstBaseline, float LineHeight)
{
    /// <summary>Pixels of room kept around the glyphs' outlines, for the antialiasing of their edges.</summary>
    private const int EdgeRoom = 2;

    /// <summary>The baseline of line <paramref name="index"/>.</summary>
    public float Baseline(int index) => FirstBaseline + (index * LineHeight);

    /// <summary>
    /// The rows the title's glyphs can touch, set in <paramref name="font"/> at <see cref="Size"/>: from above the
    /// highest any glyph of the font reaches over the first baseline to below the lowest it reaches under the last
    /// (the font's bounding box, widened by each line's measured outline should a glyph exceed it), with room for
    /// antialiased edges. No pixel outside them differs from the card's base.
    /// </summary>
    public RowRange InkRows(SKFont font, int height)
    {
        if (Lines.Count == 0)
        {
            return new RowRange(0, 0);
        }

        font.Size = Size;
        var metrics = font.Metrics;
        var (top, bottom) = (Baseline(0) + Math.Min(metrics.Top, metrics.Ascent), Baseline(Lines.Count - 1) + Math.Max(metrics.Bottom, metrics.Descent));
        for (var i = 0; i < Lines.Count; i++)
        {
            font.MeasureText(Lines[i], out var bounds);
            (top, bottom) = (Math.Min(top, Baseline(i) + bounds.Top), Math.Max(bottom, Baseline(i) + bounds.Bottom));
        }

        return new RowRange(
            Math.Clamp((int)MathF.Floor(top) - EdgeRoom, 0, height),
            Math.Clamp((int)MathF.Ceiling(bottom) + EdgeRoom + 1, 0, height));
    }
}
