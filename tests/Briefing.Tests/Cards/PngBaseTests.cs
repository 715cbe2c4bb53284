using System.Buffers.Binary;
using System.IO.Compression;
using Briefing.Cards;

namespace Briefing.Tests.Cards;

public sealed class PngBaseTests
{
    private const int Width = 40;
    private const int Height = 70; // five bands of 16 rows, the last one short
    private const int RowBytes = (Width * 4) + 8; // rows padded, as a surface may pad them

    [Fact]
    public void Combined_checksums_are_the_checksum_of_the_whole()
    {
        var random = new Random(7);
        var data = new byte[200_000];
        random.NextBytes(data);
        foreach (var cut in new[] { 0, 1, 65_520, 65_521, 65_522, 131_100, 199_999, 200_000 })
        {
            var combined = Adler32.Combine(Adler32.Of(data.AsSpan(0, cut)), Adler32.Of(data.AsSpan(cut)), data.Length - cut);
            Assert.Equal(Adler32.Of(data), combined);
        }

        var zeros = new byte[150_000];
        Assert.Equal(Adler32.Of(zeros), Adler32.Combine(Adler32.Of(zeros.AsSpan(0, 70_000)), Adler32.Of(zeros.AsSpan(70_000)), 80_000));
    }

    [Theory]
    [InlineData(-1, -1)] // the base itself
    [InlineData(0, 0)] // the first row
    [InlineData(3, 20)] // the first two bands
    [InlineData(15, 16)] // the last row of a band and the first of the next
    [InlineData(30, 45)] // the middle
    [InlineData(47, 48)] // the row above a band: that band cannot be taken as it is
    [InlineData(69, 69)] // the last row
    [InlineData(0, 69)] // every row
    public void A_picture_encoded_over_a_base_decodes_to_its_own_pixels(int firstChanged, int lastChanged)
    {
        var basePixels = Picture(seed: 1);
        var over = new PngBase(basePixels, Width, Height, RowBytes, new PngWriter());
        var pixels = basePixels.ToArray();
        var random = new Random(2);
        for (var y = Math.Max(0, firstChanged); y <= lastChanged; y++)
        {
            var x = random.Next(Width);
            pixels[(y * RowBytes) + (x * 4) + random.Next(3)] ^= 0x5a;
        }

        var writer = new PngWriter();
        var png = writer.Encode(pixels, over);

        Assert.Equal(Rows(writer.Encode(pixels, Width, Height, RowBytes)), Rows(png));
        Assert.Equal(Height * ((Width * 3) + 1), Rows(png).Length);
    }

    [Fact]
    public void Encoding_over_a_base_gives_the_same_bytes_every_time()
    {
        var basePixels = Picture(seed: 3);
        var pixels = basePixels.ToArray();
        pixels[(33 * RowBytes) + 5] ^= 1;

        var first = new PngWriter().Encode(pixels, new PngBase(basePixels, Width, Height, RowBytes, new PngWriter()));
        var writer = new PngWriter();
        var over = new PngBase(basePixels, Width, Height, RowBytes, writer);
        writer.Encode(Picture(seed: 4), over);

        Assert.Equal(first, writer.Encode(pixels, over));
    }

    [Theory]
    [InlineData(30, 45, 30, 46)] // told exactly the rows that differ
    [InlineData(30, 45, 20, 60)] // told more rows than differ
    [InlineData(30, 45, 0, 70)] // told every row
    [InlineData(-1, -1, 20, 40)] // nothing differs
    [InlineData(0, 69, 0, 70)] // every row differs
    public void Told_which_rows_may_differ_the_writer_writes_the_bytes_it_writes_comparing_every_row(int firstChanged, int lastChanged, int start, int end)
    {
        var basePixels = Picture(seed: 5);
        var over = new PngBase(basePixels, Width, Height, RowBytes, new PngWriter());
        var pixels = basePixels.ToArray();
        for (var y = Math.Max(0, firstChanged); y <= lastChanged; y++)
        {
            pixels[(y * RowBytes) + 7] ^= 0x33;
        }

        var writer = new PngWriter();
        Assert.Equal(writer.Encode(pixels, over), writer.Encode(pixels, over, new RowRange(start, end)));
    }

    /// <summary>Opaque pixels in flat stripes with some noise, like a card's.</summary>
    private static byte[] Picture(int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[Height * RowBytes];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var at = (y * RowBytes) + (x * 4);
                pixels[at] = (byte)(y / 10 * 30);
                pixels[at + 1] = (byte)(random.Next(10) == 0 ? random.Next(256) : 200);
                pixels[at + 2] = 90;
                pixels[at + 3] = 255;
            }
        }

        return pixels;
    }

    /// <summary>The PNG's filtered rows, inflated from its IDAT chunks by the runtime's zlib, which checks the Adler-32 at the end.</summary>
    private static byte[] Rows(byte[] png)
    {
        using var compressed = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                compressed.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var rows = new MemoryStream();
        zlib.CopyTo(rows);
        return rows.ToArray();
    }
}
