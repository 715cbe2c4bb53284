using BenchmarkDotNet.Attributes;
using Briefing.Cards;
using Briefing.Theme;
using SkiaSharp;

namespace Briefing.Benchmarks;

/// <summary>
/// One social card (a summary's, without the map) split into its parts: drawing and encoding it, as the build does
/// for every page, and encoding its pixels as a PNG alone.
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
        using var drawn = SKBitmap.Decode(_renderer.Render(Card));
        _pixels = drawn.GetPixelSpan().ToArray();
        _rowBytes = drawn.RowBytes;
    }

    [Benchmark(Description = "Draw and encode one card")]
    public byte[] Render() => _renderer.Render(Card);

    [Benchmark(Description = "Encode one card's pixels")]
    public byte[] Encode() => _png.Encode(_pixels, CardRenderer.Width, CardRenderer.Height, _rowBytes);
}
