using SkiaSharp;

namespace Briefing.Tests.Cards;

/// <summary>Reading cards back: decoding a PNG and summing up its pixels coarsely for a snapshot with a tolerance.</summary>
internal static class CardPictures
{
    public const int Block = 30;

    /// <summary>Decodes a PNG, failing the test when it is not one.</summary>
    public static SKBitmap Decode(byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        var bitmap = SKBitmap.Decode(codec, new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.NotNull(bitmap);
        return bitmap;
    }

    /// <summary>A PNG's decoded pixels, RGBA row by row: what two cards are compared by when their bytes may differ.</summary>
    public static byte[] Pixels(byte[] png)
    {
        using var bitmap = Decode(png);
        return bitmap.GetPixelSpan().ToArray();
    }

    /// <summary>
    /// The mean luminance (0–255) of every <see cref="Block"/>×<see cref="Block"/> block, row by row: what a card
    /// looks like from afar, the same on any machine within a few levels even where antialiasing differs.
    /// </summary>
    public static int[][] Luminance(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var rows = new int[bitmap.Height / Block][];
        for (var by = 0; by < rows.Length; by++)
        {
            rows[by] = new int[bitmap.Width / Block];
            for (var bx = 0; bx < rows[by].Length; bx++)
            {
                double sum = 0;
                for (var y = by * Block; y < (by + 1) * Block; y++)
                {
                    for (var x = bx * Block; x < (bx + 1) * Block; x++)
                    {
                        var at = (y * bitmap.RowBytes) + (x * 4);
                        sum += (0.2126 * pixels[at]) + (0.7152 * pixels[at + 1]) + (0.0722 * pixels[at + 2]);
                    }
                }

                rows[by][bx] = (int)Math.Round(sum / (Block * Block));
            }
        }

        return rows;
    }

    public static string Format(int[][] luminance) =>
        string.Join('\n', luminance.Select(row => string.Join(' ', row.Select(v => v.ToString("x2", System.Globalization.CultureInfo.InvariantCulture))))) + "\n";

    public static int[][] Parse(string text) =>
    [
        .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' ').Select(v => Convert.ToInt32(v, 16)).ToArray()),
    ];
}
