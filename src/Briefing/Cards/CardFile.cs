using Briefing.Core;
using Briefing.Pipeline.Caching;

namespace Briefing.Cards;

/// <summary>
/// A card's PNG, drawn when it is written. The PNG carries its <see cref="Stamp"/> (a summary of everything it is
/// drawn from) in a text chunk before its pixels, so the previous build's card at the same address can be checked
/// by reading its first bytes and copied when it matches: a card is drawn again exactly when it would look different.
/// </summary>
internal sealed class CardFile(SocialCard card, string stamp, CardRenderer renderer) : IMadeOnWrite, IFingerprintable
{
    private readonly byte[] _header = PngWriter.Header(CardRenderer.Width, CardRenderer.Height, stamp);

    public SocialCard Card => card;

    /// <summary>The card's inputs summed up: what it shows, the palette, the fonts and the renderer's version.</summary>
    public string Stamp => stamp;

    public object FingerprintContent => stamp;

    public bool IsMadeAs(string publishedFile)
    {
        try
        {
            using var file = new FileStream(publishedFile, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            Span<byte> head = stackalloc byte[_header.Length];
            return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(_header);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: drawn again
        }
    }

    public byte[] Make() => renderer.Render(card, stamp);
}
