namespace Briefing.Cards;

/// <summary>
/// A piece of a zlib stream's compressed data that refers to nothing before it and ends on a byte boundary with
/// no final block (a sync flush), so pieces compressed apart can follow one another in one stream: the filtered
/// rows it holds (<see cref="Length"/> bytes) and their checksum (<see cref="Adler"/>).
/// </summary>
internal sealed record DeflateSegment(byte[] Data, uint Adler, long Length);
