namespace Briefing.Cards;

/// <summary>
/// The Adler-32 checksum a zlib stream ends with, combined from the checksums of its parts: a PNG whose compressed
/// data is put together from pieces compressed apart (<see cref="PngBase"/>) needs the checksum of all its data
/// without reading the pieces again.
/// </summary>
internal static class Adler32
{
    /// <summary>The checksum of no data.</summary>
    public const uint Empty = 1;

    private const uint Modulus = 65521;

    /// <summary>The checksum of <paramref name="data"/> computed byte by byte (for the tests, and tiny pieces).</summary>
    public static uint Of(ReadOnlySpan<byte> data)
    {
        uint low = 1, high = 0;
        foreach (var b in data)
        {
            low = (low + b) % Modulus;
            high = (high + low) % Modulus;
        }

        return (high << 16) | low;
    }

    /// <summary>
    /// The checksum of two pieces one after the other, from their checksums and the second one's length. The low
    /// sum adds the second piece's bytes to the first's; the high sum, the sum over every position of the low sum
    /// there, adds the second's high sum and, once for each of its bytes, the first piece's low sum less the 1 the
    /// second's started from.
    /// </summary>
    public static uint Combine(uint first, uint second, long secondLength)
    {
        var length = (uint)(secondLength % Modulus);
        var firstLow = first & 0xffff;
        var low = (firstLow + (second & 0xffff) + Modulus - 1) % Modulus;
        var high = (uint)((((ulong)length * firstLow) + (first >> 16) + (second >> 16) + Modulus - length) % Modulus);
        return (high << 16) | low;
    }
}
