using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// The card's colours: the theme's light colour scheme (<c>theme/assets/site.css</c>, <c>:root</c>), as a card has
/// no colour scheme of its own to follow. Kept in step with the stylesheet by hand.
/// </summary>
internal static class CardPalette
{
    public static readonly SKColor Background = SKColor.Parse("#fbfaf6"); // --bg
    public static readonly SKColor Text = SKColor.Parse("#1b1b1b"); // --text
    public static readonly SKColor Muted = SKColor.Parse("#4b5057"); // --muted
    public static readonly SKColor Accent = SKColor.Parse("#1d4f91"); // --accent
    public static readonly SKColor Rule = SKColor.Parse("#ddd8cc"); // --rule
    public static readonly SKColor Sea = SKColor.Parse("#dfe8ef"); // --map-sea
    public static readonly SKColor Land = SKColor.Parse("#f4f1e8"); // --map-land
    public static readonly SKColor Border = SKColor.Parse("#b3ad9f"); // --map-border
    public static readonly SKColor Shade = SKColor.Parse("#d9e3f1"); // --map-shade
    public static readonly SKColor Place = SKColor.Parse("#1d4f91"); // --map-place
}
