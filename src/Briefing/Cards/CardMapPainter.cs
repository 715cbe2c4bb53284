using Briefing.Maps;
using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// Paints a locator map's <see cref="MapOutline"/> into a box of a card, scaled to fit and centred, with the
/// styles of the theme's map (<c>.map-*</c> in <c>site.css</c>): land and borders, shaded countries, areas,
/// routes (sea legs dashed), markers and the places' names. Paths are the map's own SVG path data.
/// </summary>
internal static class CardMapPainter
{
    public static void Paint(SKCanvas canvas, MapOutline map, SKRect box, SKTypeface labelFace, CardPalette palette)
    {
        var scale = Math.Min(box.Width / (float)map.Width, box.Height / (float)map.Height);
        var width = (float)map.Width * scale;
        var height = (float)map.Height * scale;
        var left = box.Left + ((box.Width - width) / 2);
        var top = box.Top + ((box.Height - height) / 2);

        canvas.Save();
        canvas.ClipRect(new SKRect(left, top, left + width, top + height));
        canvas.Translate(left, top);
        canvas.Scale(scale);

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round };
        fill.Color = palette.Sea;
        canvas.DrawRect(0, 0, (float)map.Width, (float)map.Height, fill);

        PaintPaths(canvas, map.Land, fill, stroke, palette.Land, palette.Border, 0.5f);
        PaintPaths(canvas, map.Shaded, fill, stroke, palette.Shade, palette.Place, 0.6f);
        PaintPaths(canvas, map.Areas, fill, stroke, palette.Shade, palette.Place, 1f);

        stroke.Color = palette.Place;
        stroke.StrokeWidth = 1.6f;
        using var dashes = SKPathEffect.CreateDash([3f, 3f], 0);
        foreach (var line in map.Lines)
        {
            using var path = SKPath.ParseSvgPathData(line.Path);
            stroke.PathEffect = line.BySea ? dashes : null;
            canvas.DrawPath(path, stroke);
        }

        stroke.PathEffect = null;
        stroke.StrokeWidth = 1f;
        foreach (var stop in map.Stops)
        {
            Circle(canvas, stop, (float)MapScene.StopRadius, fill, stroke, palette.Land, palette.Place);
        }

        foreach (var marker in map.Markers)
        {
            Circle(canvas, marker, (float)MapScene.MarkerRadius, fill, stroke, palette.Place, palette.Land);
        }

        using var font = new SKFont(labelFace) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
        stroke.Color = palette.Land;
        stroke.StrokeWidth = 2.5f;
        fill.Color = palette.Text;
        foreach (var label in map.Labels)
        {
            font.Size = (float)label.FontSize;
            canvas.DrawText(label.Text, (float)label.X, (float)label.Y, SKTextAlign.Left, font, stroke);
            canvas.DrawText(label.Text, (float)label.X, (float)label.Y, SKTextAlign.Left, font, fill);
        }

        canvas.Restore();
        stroke.Color = palette.Rule;
        stroke.StrokeWidth = 2;
        canvas.DrawRect(new SKRect(left, top, left + width, top + height), stroke);
    }

    private static void PaintPaths(SKCanvas canvas, IReadOnlyList<string> paths, SKPaint fill, SKPaint stroke, SKColor inside, SKColor edge, float edgeWidth)
    {
        fill.Color = inside;
        stroke.Color = edge;
        stroke.StrokeWidth = edgeWidth;
        foreach (var data in paths)
        {
            using var path = SKPath.ParseSvgPathData(data);
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, stroke);
        }
    }

    private static void Circle(SKCanvas canvas, MapOutline.Point at, float radius, SKPaint fill, SKPaint stroke, SKColor inside, SKColor edge)
    {
        fill.Color = inside;
        stroke.Color = edge;
        canvas.DrawCircle((float)at.X, (float)at.Y, radius, fill);
        canvas.DrawCircle((float)at.X, (float)at.Y, radius, stroke);
    }
}
