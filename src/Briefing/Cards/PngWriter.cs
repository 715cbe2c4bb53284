using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using System.Text;

namespace Briefing.Cards;

/// <summary>
/// Writes opaque RGBA pixels as an RGB PNG (colour type 2, 8 bits, every row with the "up" filter, zlib at level 1),
/// with an optional text chunk (<see cref="StampKeyword"/>) before the pixels. Skia's own encoder spends about
/// 5.5 ms on a card even at its fastest settings, most of it converting and filtering rows one byte at a time; here
/// a row's filter and the dropping of its alpha channel (always 255 on a card's opaque surface, so the decoded pixels
/// are the same) are a few vector instructions per four pixels, and the compression is the runtime's zlib. A card is
/// mostly flat colour, so the "up" filter turns most rows into zeros. One writer encodes one picture at a time and
/// keeps its buffers for the next, so encoding allocates only the finished file.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A MemoryStream holds managed memory only; disposing it frees nothing.")]
internal sealed class PngWriter
{
    /// <summary>The keyword of the text chunk that carries a card's stamp (see <see cref="CardFile"/>).</summary>
    public const string StampKeyword = "briefing-card";

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 1 };

    // Bytes 0-2, 4-6, 8-10 and 12-14 of four RGBA pixels: their RGB (an index of 0x80 gives 0).
    private static readonly Vector128<byte> DropAlpha = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);

    // A zlib stream's header for the fastest level (deflate, 32 KB window, no dictionary), and an empty final block
    // with fixed codes, which ends the blocks the pieces' sync flushes left open.
    private static readonly byte[] ZLibHeader = [0x78, 0x01];
    private static readonly byte[] FinalBlock = [0x03, 0x00];

    private readonly MemoryStream _data = new();
    private readonly MemoryStream _piece = new();
    private byte[] _row = [];
    private int _pieceEnd;
    private uint _adler;

    /// <summary>The PNG's bytes before its pixels: signature, header and (with a stamp) the stamp's text chunk.</summary>
    public static byte[] Header(int width, int height, string? stamp)
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
        WriteChunk(output, "IHDR"u8, header);
        if (stamp is not null)
        {
            WriteChunk(output, "tEXt"u8, Encoding.Latin1.GetBytes(StampKeyword + "\0" + stamp));
        }

        return output.ToArray();
    }

    /// <summary>
    /// The PNG of <paramref name="pixels"/>: <paramref name="height"/> rows of <paramref name="rowBytes"/> bytes, each
    /// starting with <paramref name="width"/> opaque RGBA pixels; <paramref name="stamp"/>, if given, in a text chunk.
    /// </summary>
    public byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int rowBytes, string? stamp = null)
    {
        StartData();
        AppendCompressed(pixels, width, rowBytes, 0, height);
        return Finish(width, height, stamp);
    }

    /// <summary>
    /// The PNG of <paramref name="pixels"/>, laid out as <paramref name="over"/>'s, taking the base's compressed bands
    /// where the rows they need are the base's and compressing the other rows (see <see cref="PngBase"/>).
    /// </summary>
    public byte[] Encode(ReadOnlySpan<byte> pixels, PngBase over, string? stamp = null) =>
        Encode(pixels, over, new RowRange(0, over.Height), stamp);

    /// <summary>
    /// As <see cref="Encode(ReadOnlySpan{byte}, PngBase, string?)"/>, told that only the rows of
    /// <paramref name="mayDiffer"/> can differ from the base's: the rows outside it are not compared. The file is the
    /// same as without the hint whenever the hint is true; a card knows it from where its title's glyphs can reach
    /// (<see cref="TitleLayout"/>), and comparing the other rows was most of encoding a card.
    /// </summary>
    public byte[] Encode(ReadOnlySpan<byte> pixels, PngBase over, RowRange mayDiffer, string? stamp = null)
    {
        // Rows [0, top) and [bottom, height) are the base's.
        var (top, bottom) = (Math.Clamp(mayDiffer.Start, 0, over.Height), Math.Clamp(mayDiffer.End, 0, over.Height));
        while (top < bottom && over.SameRow(pixels, top))
        {
            top++;
        }

        while (bottom > top && over.SameRow(pixels, bottom - 1))
        {
            bottom--;
        }

        if (top == bottom)
        {
            // No row differs: as the comparison of every row ends, with every band the base's.
            top = bottom = over.Height;
        }

        StartData();
        var fresh = -1; // the first row of the rows waiting to be compressed
        for (var band = 0; band < over.BandCount; band++)
        {
            var first = band * PngBase.BandRows;
            var end = over.BandEnd(band);
            if (end <= top || (first > 0 && first - 1 >= bottom))
            {
                if (fresh >= 0)
                {
                    AppendCompressed(pixels, over.Width, over.RowBytes, fresh, first);
                    fresh = -1;
                }

                Append(over.Band(band));
            }
            else if (fresh < 0)
            {
                fresh = first;
            }
        }

        if (fresh >= 0)
        {
            AppendCompressed(pixels, over.Width, over.RowBytes, fresh, over.Height);
        }

        return Finish(over.Width, over.Height, stamp);
    }

    /// <summary>
    /// Rows [<paramref name="first"/>, <paramref name="end"/>) filtered (the first against the row above it) and
    /// compressed on their own, up to a sync flush: zlib's output without its two-byte header, its final block and
    /// its checksum, which is kept beside.
    /// </summary>
    internal DeflateSegment Compress(ReadOnlySpan<byte> pixels, int width, int rowBytes, int first, int end)
    {
        var (adler, length) = CompressPiece(pixels, width, rowBytes, first, end);
        return new DeflateSegment(Piece.ToArray(), adler, length);
    }

    /// <summary>Rows compressed as by <see cref="Compress"/>, their data added to the PNG's without a copy of their own.</summary>
    private void AppendCompressed(ReadOnlySpan<byte> pixels, int width, int rowBytes, int first, int end)
    {
        var (adler, length) = CompressPiece(pixels, width, rowBytes, first, end);
        _data.Write(Piece);
        _adler = Adler32.Combine(_adler, adler, length);
    }

    /// <summary>The compressed data <see cref="CompressPiece"/> left: zlib's output from after its header to the sync flush.</summary>
    private ReadOnlySpan<byte> Piece => _piece.GetBuffer().AsSpan(ZLibHeader.Length, _pieceEnd - ZLibHeader.Length);

    private (uint Adler, long Length) CompressPiece(ReadOnlySpan<byte> pixels, int width, int rowBytes, int first, int end)
    {
        var line = width * 3;
        if (_row.Length < line + 1 + 16)
        {
            _row = new byte[line + 1 + 16]; // room for the last vector's four spare bytes
        }

        _piece.SetLength(0);
        long flushed;
        using (var zlib = new ZLibStream(_piece, Compression, leaveOpen: true))
        {
            _row[0] = 2; // the "up" filter: each byte minus the byte above it
            for (var y = first; y < end; y++)
            {
                var above = y == 0 ? default : pixels.Slice((y - 1) * rowBytes, width * 4);
                FilterRow(pixels.Slice(y * rowBytes, width * 4), above, _row.AsSpan(1));
                zlib.Write(_row, 0, line + 1);
            }

            zlib.Flush(); // a sync flush: what follows starts on a byte boundary, and nothing refers back past it
            flushed = _piece.Length;
        }

        _pieceEnd = (int)flushed;
        var adler = BinaryPrimitives.ReadUInt32BigEndian(_piece.GetBuffer().AsSpan((int)_piece.Length - 4, 4));
        return (adler, (long)(end - first) * (line + 1));
    }

    private void StartData()
    {
        _data.SetLength(0);
        _data.Write(ZLibHeader);
        _adler = Adler32.Empty;
    }

    private void Append(DeflateSegment segment)
    {
        _data.Write(segment.Data);
        _adler = Adler32.Combine(_adler, segment.Adler, segment.Length);
    }

    private byte[] Finish(int width, int height, string? stamp)
    {
        _data.Write(FinalBlock);
        Span<byte> adler = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(adler, _adler);
        _data.Write(adler);

        var header = Header(width, height, stamp);
        var data = _data.GetBuffer().AsSpan(0, (int)_data.Length);
        var png = new byte[header.Length + 12 + data.Length + 12];
        header.CopyTo(png, 0);
        using (var output = new MemoryStream(png))
        {
            output.Position = header.Length;
            WriteChunk(output, "IDAT"u8, data);
            WriteChunk(output, "IEND"u8, []);
        }

        return png;
    }

    /// <summary>The RGB of a row of RGBA pixels minus the RGB of the row above (none: the row as it is).</summary>
    private static void FilterRow(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, Span<byte> into)
    {
        int x = 0, o = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; x + 16 <= current.Length; x += 16, o += 12)
            {
                var pixels = Vector128.Create(current.Slice(x, 16));
                if (!above.IsEmpty)
                {
                    pixels -= Vector128.Create(above.Slice(x, 16));
                }

                Vector128.Shuffle(pixels, DropAlpha).CopyTo(into[o..]);
            }
        }

        for (; x < current.Length; x += 4, o += 3)
        {
            for (var c = 0; c < 3; c++)
            {
                into[o + c] = (byte)(current[x + c] - (above.IsEmpty ? 0 : above[x + c]));
            }
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
