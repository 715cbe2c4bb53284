using System.Collections.Concurrent;
using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// Draws <see cref="SocialCard"/>s as 1200×630 PNGs (the Open Graph size). One renderer serves a build: it shares
/// the typefaces and keeps a drawing surface per thread that renders, so a card costs its drawing and encoding
/// only. Text is drawn without hinting or subpixel positioning and the PNG written with fixed settings
/// (<see cref="PngWriter"/>), so a card's bytes
/// depend on what it shows alone (on one machine; see docs/pictures.md for other machines).
/// </summary>
internal sealed class CardRenderer(CardFonts fonts) : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 72;
    private const float MapGap = 48;
    private const float MapSize = 500;

    private readonly ConcurrentBag<SKSurface> _surfaces = [];

    public byte[] Render(SocialCard card)
    {
        var surface = _surfaces.TryTake(out var free) ? free : SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        try
        {
            Draw(surface.Canvas, card);
            surface.Canvas.Flush();
            using var pixels = surface.PeekPixels();
            return PngWriter.Encode(pixels.GetPixelSpan(), Width, Height, pixels.RowBytes);
        }
        finally
        {
            _surfaces.Add(surface);
        }
    }

    public void Dispose()
    {
        while (_surfaces.TryTake(out var surface))
        {
            surface.Dispose();
        }
    }

    private void Draw(SKCanvas canvas, SocialCard card)
    {
        canvas.Clear(CardPalette.Background);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = CardPalette.Accent };
        canvas.DrawRect(0, 0, Width, 14, fill);

        var textRight = Width - Margin;
        if (card.Map is { } map)
        {
            var box = new SKRect(Width - Margin - MapSize + 24, 62, Width - 48, Height - 48);
            CardMapPainter.Paint(canvas, map, box, fonts.Bold);
            textRight = box.Left - MapGap;
        }

        var textWidth = textRight - Margin;
        using var bold = Font(fonts.Bold, 30);
        using var regular = Font(fonts.Regular, 30);

        // The kind, as a small heading in the accent colour.
        fill.Color = CardPalette.Accent;
        canvas.DrawText(card.Kind.ToUpperInvariant(), Margin, 118, SKTextAlign.Left, bold, fill);

        // The title: as large as fits in four lines.
        var lines = CardText.Fit(card.Title, bold, textWidth, maxLines: 4, largest: card.Map is null ? 72 : 60, smallest: 40);
        var lineHeight = bold.Size * 1.18f;
        var baseline = 150 + bold.Size;
        fill.Color = CardPalette.Text;
        foreach (var line in lines)
        {
            canvas.DrawText(line, Margin, baseline, SKTextAlign.Left, bold, fill);
            baseline += lineHeight;
        }

        // The footer: the briefing the page belongs to, and the site's address, under a rule.
        using var rule = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2, Color = CardPalette.Rule };
        canvas.DrawLine(Margin, Height - 138, textRight, Height - 138, rule);
        var footer = Height - 88f;
        if (card.Briefing is { } briefing)
        {
            regular.Size = 30;
            fill.Color = CardPalette.Text;
            canvas.DrawText(CardText.OneLine(briefing, regular, textWidth), Margin, footer, SKTextAlign.Left, regular, fill);
            footer += 44;
        }

        regular.Size = 24;
        fill.Color = CardPalette.Muted;
        canvas.DrawText(CardText.OneLine(card.Address, regular, textWidth), Margin, footer, SKTextAlign.Left, regular, fill);
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
}
