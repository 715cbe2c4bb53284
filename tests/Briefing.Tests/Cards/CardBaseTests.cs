using Briefing.Cards;
using Briefing.Theme;

namespace Briefing.Tests.Cards;

/// <summary>
/// A card without a map starts from the base its kind shares (drawn once, see <see cref="CardRenderer"/>); these
/// check that it shows exactly the pixels of the same card drawn whole, the way every card was drawn before.
/// </summary>
public sealed class CardBaseTests : IDisposable
{
    private const string Briefing = "Azerbaijan and Russia: the July 2025 standoff";
    private const string Address = "example.github.io/briefing";

    // Four lines at the largest size, each with descenders: the fourth line's cross the rule.
    private const string Descending = "gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy";

    private readonly ThemeFiles _theme = new(RepositoryFiles.Root);
    private readonly CardFonts _fonts;
    private readonly CardRenderer _renderer;

    public CardBaseTests()
    {
        _fonts = CardFonts.Load(_theme);
        _renderer = new CardRenderer(_fonts, CardPalette.Read(_theme));
    }

    public static TheoryData<string, string, string?> Cards => new()
    {
        { "Summary", "Outlook", Briefing },
        { "Summary", "Outlook: what the standoff between Baku and Moscow means for the region", Briefing },

        { "Summary", Descending, Briefing },
        { "Article", string.Join(' ', Enumerable.Repeat("Remittances from Russia to Azerbaijan", 12)), Briefing },
        { "Glossary", "Nagorno-Karabakh — Şuşa, Xankəndi and Ağdam", Briefing },
        { "Term", new string('W', 60), Briefing },
        { "Page not found", "Azerbaijan and Russia: the July 2025 standoff", null },
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public void A_card_over_its_base_shows_the_pixels_of_the_card_drawn_whole(string kind, string title, string? briefing)
    {
        var card = new SocialCard(kind, title, briefing, Address, null);

        _renderer.Render(card with { Title = "Another title of the same kind" }); // the base is drawn for the first card of its kind
        var overBase = _renderer.Render(card);

        Assert.Equal(CardPictures.Pixels(_renderer.RenderWhole(card)), CardPictures.Pixels(overBase));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void A_title_changes_no_row_outside_the_rows_it_is_known_to_reach(string kind, string title, string? briefing)
    {
        var card = new SocialCard(kind, title, briefing, Address, null);
        using var drawn = CardPictures.Decode(_renderer.RenderWhole(card));
        using var untitled = CardPictures.Decode(_renderer.RenderWhole(card with { Title = "" }));
        var rows = _renderer.RowsOverBase(card);

        var changed = Enumerable.Range(0, CardRenderer.Height)
            .Where(y => !drawn.GetPixelSpan().Slice(y * drawn.RowBytes, drawn.RowBytes).SequenceEqual(untitled.GetPixelSpan().Slice(y * untitled.RowBytes, untitled.RowBytes)))
            .ToList();

        Assert.NotEmpty(changed);
        Assert.All(changed, y => Assert.InRange(y, rows.Start, rows.End - 1));
    }

    [Fact]
    public void Cards_drawn_one_after_another_over_one_base_leave_nothing_of_the_one_before()
    {
        // One renderer used from one thread keeps one workspace, which restores only the rows the card before drew.
        // Long titles then short ones: a short title's card must not keep a line of the long one's.
        string[] titles = [Descending, "Outlook", string.Join(' ', Enumerable.Repeat("Remittances from Russia", 9)), "Baku", "", "Şuşa"];
        var expected = titles.Select(t => CardPictures.Pixels(new CardRenderer(_fonts, CardPalette.Read(_theme)).RenderWhole(Summary(t)))).ToList();

        var inTurn = titles.Select(t => CardPictures.Pixels(_renderer.Render(Summary(t)))).ToList();

        Assert.Equal(expected, inTurn);
    }

    private static SocialCard Summary(string title) => new("Summary", title, Briefing, Address, null);

    [Fact]
    public void The_descending_title_crosses_the_rule()
    {
        using var bitmap = CardPictures.Decode(_renderer.RenderWhole(new SocialCard("Summary", Descending, Briefing, Address, null)));

        // The rule covers rows 491 and 492; the title's ink below it, in row 493, shows it was drawn across.
        var background = bitmap.GetPixel(600, 400);
        Assert.Contains(Enumerable.Range(0, CardRenderer.Width), x => bitmap.GetPixel(x, CardRenderer.Height - 137) != background);
    }

    [Fact]
    public void Cards_of_other_kinds_briefings_or_addresses_get_their_own_base()
    {
        var card = new SocialCard("Summary", "Outlook", Briefing, Address, null);
        _renderer.Render(card);

        foreach (var other in new[] { card with { Kind = "Article" }, card with { Briefing = "Another briefing" }, card with { Briefing = null }, card with { Address = "example.org" } })
        {
            Assert.Equal(CardPictures.Pixels(_renderer.RenderWhole(other)), CardPictures.Pixels(_renderer.Render(other)));
        }
    }

    public void Dispose()
    {
        _fonts.Dispose();
        _theme.Dispose();
    }
}
