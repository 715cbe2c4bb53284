using Briefing.Cards;
using Briefing.Maps;
using Briefing.Tests.Support;
using Briefing.Theme;
using SkiaSharp;

namespace Briefing.Tests.Cards;

public sealed class CardRendererTests : IDisposable
{
    private static readonly SocialCard Outlook = new("Summary", "Outlook", "Azerbaijan and Russia: the July 2025 standoff", "example.github.io/briefing", null);

    private readonly ThemeFiles _theme = new(RepositoryFiles.Root);
    private readonly CardFonts _fonts;
    private readonly CardPalette _palette;

    public CardRendererTests()
    {
        _fonts = CardFonts.Load(_theme);
        _palette = CardPalette.Read(_theme);
    }

    [Fact]
    public void A_card_is_a_1200_by_630_png()
    {
        var renderer = new CardRenderer(_fonts, _palette);

        using var bitmap = CardPictures.Decode(renderer.Render(Outlook));

        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(630, bitmap.Height);
        Assert.Equal(new SKColor(0xfb, 0xfa, 0xf6), bitmap.GetPixel(600, 400)); // the theme's background
        Assert.Equal(new SKColor(0x1d, 0x4f, 0x91), bitmap.GetPixel(600, 4)); // the accent band
    }

    [Fact]
    public void The_same_card_gives_the_same_bytes_from_any_renderer_in_any_culture()
    {
        var first = new CardRenderer(_fonts, _palette);
        var second = new CardRenderer(_fonts, _palette);
        var bytes = first.Render(Outlook);

        using (new CultureScope("de-DE"))
        {
            Assert.Equal(bytes, second.Render(Outlook));
        }

        Assert.Equal(bytes, first.Render(Outlook with { }));
    }

    [Fact]
    public void What_a_card_shows_changes_its_pixels()
    {
        var renderer = new CardRenderer(_fonts, _palette);
        var outlook = CardPictures.Pixels(renderer.Render(Outlook));

        Assert.NotEqual(outlook, CardPictures.Pixels(renderer.Render(Outlook with { Title = "Background" })));
        Assert.NotEqual(outlook, CardPictures.Pixels(renderer.Render(Outlook with { Kind = "Article" })));
        Assert.NotEqual(outlook, CardPictures.Pixels(renderer.Render(Outlook with { Briefing = "Another briefing" })));
        Assert.NotEqual(outlook, CardPictures.Pixels(renderer.Render(Outlook with { Address = "example.org" })));
    }

    [Fact]
    public void The_map_is_drawn_in_the_right_half()
    {
        var renderer = new CardRenderer(_fonts, _palette);
        var map = new MapOutline(400, 300, ["M0 0H400V150H0Z"], ["M100 50H200V120H100Z"], [], [new MapOutline.Line("M50 200L350 250", BySea: true)], [new MapOutline.Point(150, 80)], [new MapOutline.Point(50, 200)], [new MapOutline.Label("Baku", 160, 80, 11)]);

        using var plain = CardPictures.Decode(renderer.Render(Outlook));
        using var withMap = CardPictures.Decode(renderer.Render(Outlook with { Map = map }));

        var plainBlocks = CardPictures.Luminance(plain);
        var mapBlocks = CardPictures.Luminance(withMap);
        var changedRight = Enumerable.Range(0, plainBlocks.Length).Sum(r => Enumerable.Range(22, 18).Count(c => plainBlocks[r][c] != mapBlocks[r][c]));
        Assert.True(changedRight > 100, $"only {changedRight} blocks of the right half changed");
    }

    [Fact]
    public void A_title_too_long_for_four_lines_ends_in_an_ellipsis_at_the_smallest_size()
    {
        using var font = new SKFont(_fonts.Bold);
        var title = string.Join(' ', Enumerable.Repeat("Remittances from Russia to Azerbaijan", 12));

        var lines = CardText.Fit(title, font, 1056, maxLines: 4, largest: 72, smallest: 40);

        Assert.Equal(4, lines.Count);
        Assert.Equal(40, font.Size);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(font.MeasureText(l) <= 1056, $"'{l}' is wider than the line"));
    }

    [Fact]
    public void A_short_title_is_set_large_and_a_word_wider_than_the_line_is_broken()
    {
        using var font = new SKFont(_fonts.Bold);

        Assert.Equal(["Outlook"], CardText.Fit("Outlook", font, 1056, maxLines: 4, largest: 72, smallest: 40));
        Assert.Equal(72, font.Size);

        var broken = CardText.Wrap(new string('W', 40), font, 500);
        Assert.True(broken.Count > 1);
        Assert.Equal(new string('W', 40), string.Concat(broken));
    }

    [Fact]
    public void The_png_writer_keeps_every_pixel()
    {
        var random = new Random(13);
        const int width = 37, height = 11, rowBytes = (width * 4) + 12; // rows with padding, as a surface may have
        var pixels = new byte[height * rowBytes];
        random.NextBytes(pixels);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * rowBytes) + (x * 4) + 3] = 255; // opaque, as cards are
            }
        }

        using var bitmap = CardPictures.Decode(new PngWriter().Encode(pixels, width, height, rowBytes));

        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
        var decoded = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            Assert.True(decoded.Slice(y * bitmap.RowBytes, width * 4).SequenceEqual(pixels.AsSpan(y * rowBytes, width * 4)), $"row {y} differs");
        }
    }

    [Fact]
    public void A_stamped_card_begins_with_its_stamp_and_shows_the_same_pixels()
    {
        var renderer = new CardRenderer(_fonts, _palette);

        var stamped = renderer.Render(Outlook, "0123456789abcdef0123456789abcdef");

        Assert.True(stamped.AsSpan().StartsWith(PngWriter.Header(CardRenderer.Width, CardRenderer.Height, "0123456789abcdef0123456789abcdef")));
        Assert.False(stamped.AsSpan().StartsWith(PngWriter.Header(CardRenderer.Width, CardRenderer.Height, "fedcba9876543210fedcba9876543210")));
        Assert.Equal(CardPictures.Pixels(renderer.Render(Outlook)), CardPictures.Pixels(stamped));
    }

    [Fact]
    public void The_palette_paints_the_card()
    {
        var theme = File.ReadAllText(RepositoryFiles.PathOf("theme/assets/site.css"));
        Assert.Contains("--bg: #fbfaf6;", theme, StringComparison.Ordinal);
        var css = theme.Replace("--bg: #fbfaf6;", "--bg: #102030;", StringComparison.Ordinal);
        var renderer = new CardRenderer(_fonts, CardPalette.Parse(css, "theme/assets/site.css"));

        using var bitmap = CardPictures.Decode(renderer.Render(Outlook));

        Assert.Equal(new SKColor(0x10, 0x20, 0x30), bitmap.GetPixel(600, 400));
    }

    public void Dispose()
    {
        _fonts.Dispose();
        _theme.Dispose();
    }
}
