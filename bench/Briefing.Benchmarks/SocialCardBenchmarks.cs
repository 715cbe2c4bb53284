using BenchmarkDotNet.Attributes;
using Briefing.Cards;
using Briefing.Theme;
using SkiaSharp;

namespace Briefing.Benchmarks;

/// <summary>
/// One social card (a summary's, without the map) split into its parts: drawing and encoding it, as the build does
/// for every page (from the base its kind shares, drawn and compressed once per build), the same card drawn and
/// encoded whole, as the home page's card is (and every card was before the bases), and encoding its pixels as a
/// PNG alone.
/// </summary>
[MemoryDiagnoser]
public class SocialCardBenchmarks
{
    private static readonly SocialCard Card = new(
        "Summary", "Outlook: what the standoff between Baku and Moscow means for the region", "Azerbaijan and Russia: the July 2025 standoff", "example.github.io/briefing", null);

    private CardRenderer _renderer = null!;
    private byte[] _pixels = [];
    private int _rowBytes;
    private readonly PngWriter _png = new();

    [GlobalSetup]
    public void Setup()
    {
        using var theme = new ThemeFiles(RepositoryFiles.Root);
        _renderer = new CardRenderer(CardFonts.Load(theme), CardPalette.Read(theme));
        using var drawn = SKBitmap.Decode(_renderer.RenderWhole(Card));
        _renderer.Render(Card); // the base of its kind, drawn once per build
        _pixels = drawn.GetPixelSpan().ToArray();
        _rowBytes = drawn.RowBytes;
    }

    [Benchmark(Description = "Draw and encode one card")]
    public byte[] Render() => _renderer.Render(Card);

    [Benchmark(Description = "Draw and encode one card whole")]
    public byte[] RenderWhole() => _renderer.RenderWhole(Card);

    [Benchmark(Description = "Encode one card's pixels")]
    public byte[] Encode() => _png.Encode(_pixels, CardRenderer.Width, CardRenderer.Height, _rowBytes);
}
