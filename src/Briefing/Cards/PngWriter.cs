using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Briefing.Cards;

/// <summary>
/// Writes opaque RGBA pixels as a PNG (colour type 6, 8 bits, every row with the "up" filter, zlib at level 1).
/// Skia's own encoder spends about 5.5 ms on a card even at its fastest settings, most of it converting and
/// filtering rows one byte at a time; here a row's filter is one vector subtraction and the compression is the
/// runtime's zlib, about 2 ms in all. A card is mostly flat colour, so the "up" filter turns most rows into zeros.
/// </summary>
internal static class PngWriter
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 1 };

    /// <summary>The PNG of <paramref name="pixels"/>: <paramref name="height"/> rows of <paramref name="rowBytes"/> bytes, each starting with <paramref name="width"/> RGBA pixels.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int rowBytes)
    {
        var output = new MemoryStream(capacity: 96 * 1024);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
        WriteChunk(output, "IHDR"u8, header);

        var data = new MemoryStream(capacity: 96 * 1024);
        using (var zlib = new ZLibStream(data, Compression, leaveOpen: true))
        {
            var line = width * 4;
            var row = new byte[line + 1];
            row[0] = 2; // the "up" filter: each byte minus the byte above it
            for (var y = 0; y < height; y++)
            {
                var current = pixels.Slice(y * rowBytes, line);
                if (y == 0)
                {
                    current.CopyTo(row.AsSpan(1));
                }
                else
                {
                    Subtract(current, pixels.Slice((y - 1) * rowBytes, line), row.AsSpan(1));
                }

                zlib.Write(row);
            }
        }

        WriteChunk(output, "IDAT"u8, data.GetBuffer().AsSpan(0, (int)data.Length));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Subtract(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, Span<byte> into)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var currentVectors = MemoryMarshal.Cast<byte, Vector<byte>>(current);
            var aboveVectors = MemoryMarshal.Cast<byte, Vector<byte>>(above);
            var intoVectors = MemoryMarshal.Cast<byte, Vector<byte>>(into);
            for (var v = 0; v < currentVectors.Length; v++)
            {
                intoVectors[v] = currentVectors[v] - aboveVectors[v];
            }

            i = currentVectors.Length * Vector<byte>.Count;
        }

        for (; i < current.Length; i++)
        {
            into[i] = (byte)(current[i] - above[i]);
        }
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        output.Write(number);
    }
}
