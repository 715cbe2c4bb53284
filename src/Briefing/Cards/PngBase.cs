namespace Briefing.Cards;

/// <summary>
/// A picture that many pictures differ from in some rows only (every card of a kind shares its background, bar,
/// kind and footer; only the title differs), with its rows filtered and compressed once, in bands of
/// <see cref="BandRows"/> rows, each a <see cref="DeflateSegment"/>. A picture encoded over it
/// (<see cref="PngWriter.Encode(ReadOnlySpan{byte}, PngBase, string?)"/>) takes a band's bytes as they are when the
/// band's rows and the row above them (the "up" filter reads it) are the base's, and compresses only the rest:
/// the decoded pixels are the picture's either way.
/// </summary>
internal sealed class PngBase
{
    public const int BandRows = 16;

    private readonly byte[] _pixels;
    private readonly DeflateSegment[] _bands;

    /// <summary>The base of <paramref name="pixels"/> (kept, not copied: they must not change), in the layout of <see cref="PngWriter.Encode(ReadOnlySpan{byte}, int, int, int, string?)"/>.</summary>
    public PngBase(byte[] pixels, int width, int height, int rowBytes, PngWriter writer)
    {
        _pixels = pixels;
        Width = width;
        Height = height;
        RowBytes = rowBytes;
        _bands = new DeflateSegment[(height + BandRows - 1) / BandRows];
        for (var i = 0; i < _bands.Length; i++)
        {
            _bands[i] = writer.Compress(pixels, width, rowBytes, i * BandRows, BandEnd(i));
        }
    }

    public ReadOnlySpan<byte> Pixels => _pixels;

    public int Width { get; }

    public int Height { get; }

    public int RowBytes { get; }

    public int BandCount => _bands.Length;

    public DeflateSegment Band(int index) => _bands[index];

    public int BandEnd(int index) => Math.Min(Height, (index + 1) * BandRows);

    /// <summary>Whether row <paramref name="y"/> of <paramref name="pixels"/> (laid out as the base's) is the base's.</summary>
    public bool SameRow(ReadOnlySpan<byte> pixels, int y) =>
        pixels.Slice(y * RowBytes, Width * 4).SequenceEqual(_pixels.AsSpan(y * RowBytes, Width * 4));
}
