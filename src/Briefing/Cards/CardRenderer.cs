using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// Draws <see cref="SocialCard"/>s as 1200×630 PNGs (the Open Graph size) in a theme's fonts and colours. One renderer
/// serves a build, from any number of threads: it shares the typefaces and keeps a pixel buffer and a
/// <see cref="PngWriter"/> per thread that renders, so a card costs its drawing and encoding only, and holds no native
/// resource between cards. It also keeps, for each kind of card without a map, the base those cards share
/// (<see cref="PngBase"/>: drawn and compressed once, so a card draws and compresses little more than its title).
/// A base depends only on what its cards share, never on which card asked first. Text is drawn without hinting or subpixel positioning and the PNG written with fixed
/// settings, so a card's bytes depend on what it shows alone (on one machine; see docs/pictures.md for other machines).
/// </summary>
internal sealed class CardRenderer(CardFonts fonts, CardPalette palette)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>
    /// The drawing's version, part of every card's stamp (<see cref="CardFile"/>) with the SkiaSharp version: change
    /// it with any change to how a card is drawn or encoded, so that no build copies a card drawn the old way.
    /// </summary>
    public static readonly string Version = $"cards 3; SkiaSharp {typeof(SKSurface).Assembly.GetName().Version}; Skia {SkiaSharpVersion.Native}";

    private const float Margin = 72;
    private const float MapGap = 48;
    private const float MapSize = 500;
    private const float RuleY = Height - 138;

    private static readonly SKImageInfo Info = new(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);

    /// <summary>The rows of the rule (a 2-pixel line on whole pixels, at <see cref="RuleY"/>), with room either side.</summary>
    private static readonly RowRange RuleRows = new((int)RuleY - 2, (int)RuleY + 2);

    private readonly ConcurrentBag<Workspace> _workspaces = [];
    private readonly ConcurrentDictionary<(string Kind, string? Briefing, string Address), Lazy<PngBase>> _bases = new();

    /// <summary>The card's PNG; <paramref name="stamp"/>, if given, is written into it (see <see cref="CardFile"/>).</summary>
    public byte[] Render(SocialCard card, string? stamp = null)
    {
        if (card.Map is not null)
        {
            return RenderWhole(card, stamp);
        }

        // Every card of a kind without a map shares all but its title: the base is drawn and compressed once per
        // build, and a card starts from its pixels (see DrawBase for why they are the same). Only the rows its title
        // can reach differ from them, so a workspace that last drew over the same base restores those rows alone, and
        // the encoder compares only those with the base's.
        var over = BaseFor(card);
        return InWorkspace(workspace =>
        {
            using var bold = Font(fonts.Bold, 30);
            var title = LayTitle(card, bold, Width - Margin);
            var ink = RowsOverBase(title, bold);
            var restore = workspace.Base == over ? workspace.Drawn : new RowRange(0, Height);
            over.Pixels.Slice(restore.Start * Info.RowBytes, restore.Count * Info.RowBytes)
                .CopyTo(workspace.Pixels.AsSpan(restore.Start * Info.RowBytes));
            (workspace.Base, workspace.Drawn) = (over, ink);
            using (var surface = SKSurface.Create(Info, workspace.Address, Info.RowBytes))
            {
                DrawTitle(surface.Canvas, title, bold);
                DrawRule(surface.Canvas, Width - Margin);
                surface.Canvas.Flush();
            }

            return workspace.Png.Encode(workspace.Pixels, over, ink, stamp);
        });
    }

    /// <summary>The card drawn whole, without a base: the home page's (its map is its own), and the tests' reference.</summary>
    internal byte[] RenderWhole(SocialCard card, string? stamp = null) => InWorkspace(workspace =>
    {
        using (var surface = SKSurface.Create(Info, workspace.Address, Info.RowBytes))
        {
            Draw(surface.Canvas, card);
            surface.Canvas.Flush();
        }

        workspace.Base = null; // its pixels are no base's now
        return workspace.Png.Encode(workspace.Pixels, Width, Height, Info.RowBytes, stamp);
    });

    /// <summary>The rows a card without a map may differ from its base in: its title's ink and the rule (for the tests).</summary>
    internal RowRange RowsOverBase(SocialCard card)
    {
        using var bold = Font(fonts.Bold, 30);
        return RowsOverBase(LayTitle(card, bold, Width - Margin), bold);
    }

    private static RowRange RowsOverBase(TitleLayout title, SKFont bold) => title.InkRows(bold, Height).Union(RuleRows);

    private byte[] InWorkspace(Func<Workspace, byte[]> render)
    {
        var workspace = _workspaces.TryTake(out var free) ? free : new Workspace();
        try
        {
            return render(workspace);
        }
        finally
        {
            _workspaces.Add(workspace);
        }
    }

    /// <summary>What one thread draws and encodes a card with: pixels in memory the collector never moves, and a PNG writer.</summary>
    private sealed class Workspace
    {
        public byte[] Pixels { get; } = GC.AllocateUninitializedArray<byte>(Info.BytesSize, pinned: true);

        public nint Address => Marshal.UnsafeAddrOfPinnedArrayElement(Pixels, 0);

        public PngWriter Png { get; } = new();

        /// <summary>The base the pixels were last restored from, if they were, and the rows drawn over it since.</summary>
        public PngBase? Base { get; set; }

        public RowRange Drawn { get; set; }
    }

    private PngBase BaseFor(SocialCard card) =>
        _bases.GetOrAdd((card.Kind, card.Briefing, card.Address), key => new Lazy<PngBase>(() => DrawBase(card))).Value;

    /// <summary>
    /// A card without its title. A card is drawn as background, bar, kind, title, rule and footer; its base as all
    /// but the title, which the card then draws with the rule again over it. Only the rule can meet the title (a
    /// fourth line's descenders reach it; the kind ends above the first line and the footer starts below the rule),
    /// and it covers its pixels fully (a 2-pixel line on whole pixels), so drawing it again leaves exactly the pixels
    /// drawing it once after the title leaves.
    /// </summary>
    private PngBase DrawBase(SocialCard card)
    {
        var pixels = GC.AllocateUninitializedArray<byte>(Info.BytesSize, pinned: true);
        using (var surface = SKSurface.Create(Info, Marshal.UnsafeAddrOfPinnedArrayElement(pixels, 0), Info.RowBytes))
        {
            DrawBackground(surface.Canvas, card);
            DrawFooter(surface.Canvas, card, Width - Margin);
            surface.Canvas.Flush();
        }

        return new PngBase(pixels, Width, Height, Info.RowBytes, new PngWriter());
    }

    private void Draw(SKCanvas canvas, SocialCard card)
    {
        var textRight = Width - Margin;
        DrawBackground(canvas, card, () =>
        {
            if (card.Map is { } map)
            {
                var box = new SKRect(Width - Margin - MapSize + 24, 62, Width - 48, Height - 48);
                CardMapPainter.Paint(canvas, map, box, fonts.Bold, palette);
                textRight = box.Left - MapGap;
            }
        });
        using (var bold = Font(fonts.Bold, 30))
        {
            DrawTitle(canvas, LayTitle(card, bold, textRight), bold);
        }

        DrawFooter(canvas, card, textRight);
    }

    /// <summary>The background, the bar, anything <paramref name="beforeKind"/> paints (the map), and the kind.</summary>
    private void DrawBackground(SKCanvas canvas, SocialCard card, Action? beforeKind = null)
    {
        canvas.Clear(palette.Background);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = palette.Accent };
        canvas.DrawRect(0, 0, Width, 14, fill);
        beforeKind?.Invoke();

        // The kind, as a small heading in the accent colour.
        using var bold = Font(fonts.Bold, 30);
        canvas.DrawText(card.Kind.ToUpperInvariant(), Margin, 118, SKTextAlign.Left, bold, fill);
    }

    /// <summary>The title set as large as fits in four lines.</summary>
    private static TitleLayout LayTitle(SocialCard card, SKFont bold, float textRight)
    {
        var lines = CardText.Fit(card.Title, bold, textRight - Margin, maxLines: 4, largest: card.Map is null ? 72 : 60, smallest: 40);
        return new TitleLayout(lines, bold.Size, 150 + bold.Size, bold.Size * 1.18f);
    }

    private void DrawTitle(SKCanvas canvas, TitleLayout title, SKFont bold)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = palette.Text };
        bold.Size = title.Size;
        for (var i = 0; i < title.Lines.Count; i++)
        {
            canvas.DrawText(title.Lines[i], Margin, title.Baseline(i), SKTextAlign.Left, bold, fill);
        }
    }

    /// <summary>The footer: the briefing the page belongs to, and the site's address, under a rule.</summary>
    private void DrawFooter(SKCanvas canvas, SocialCard card, float textRight)
    {
        DrawRule(canvas, textRight);
        var textWidth = textRight - Margin;
        using var regular = Font(fonts.Regular, 30);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = palette.Text };
        var footer = Height - 88f;
        if (card.Briefing is { } briefing)
        {
            canvas.DrawText(CardText.OneLine(briefing, regular, textWidth), Margin, footer, SKTextAlign.Left, regular, fill);
            footer += 44;
        }

        regular.Size = 24;
        fill.Color = palette.Muted;
        canvas.DrawText(CardText.OneLine(card.Address, regular, textWidth), Margin, footer, SKTextAlign.Left, regular, fill);
    }

    private void DrawRule(SKCanvas canvas, float textRight)
    {
        using var rule = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2, Color = palette.Rule };
        canvas.DrawLine(Margin, RuleY, textRight, RuleY, rule);
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
}
