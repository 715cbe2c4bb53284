using Briefing.Cards;
using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cards;

/// <summary>
/// A build copies the previous build's card when the card's stamp (what it shows, the palette, the fonts, the
/// renderer) is unchanged, and draws it again otherwise: never a stale card, and the same bytes as a clean build.
/// </summary>
public sealed class CardReuseTests
{
    private const string Outlook = "cards/summaries/outlook.png";
    private const string Home = "cards/index.png";

    /// <summary>
    /// A byte after the end of a published PNG: decoders ignore it, a card drawn again does not have it, a copied one
    /// does. It shows which cards a build copied.
    /// </summary>
    private static void Mark(TestSite site, string card) => File.AppendAllBytes(site.OutputPathOf(card), [0x2a]);

    private static bool IsMarked(TestSite site, string card) => File.ReadAllBytes(site.OutputPathOf(card))[^1] == 0x2a;

    [Fact]
    public async Task An_unchanged_card_is_copied_and_a_retitled_page_s_card_is_drawn_again()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        var before = File.ReadAllBytes(site.OutputPathOf(Outlook));
        Mark(site, Outlook);
        Mark(site, Home);
        site.Edit("input/summaries/outlook.md", "title: ", "title: Retitled ");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.True(IsMarked(site, Home), "the home page's card was drawn again although nothing it shows changed");
        Assert.False(IsMarked(site, Outlook), "the retitled page's card was copied from the previous build");
        using var retitled = CardPictures.Decode(File.ReadAllBytes(site.OutputPathOf(Outlook)));
        using var old = CardPictures.Decode(before);
        Assert.NotEqual(CardPictures.Format(CardPictures.Luminance(old)), CardPictures.Format(CardPictures.Luminance(retitled)));
    }

    [Fact]
    public async Task A_theme_colour_change_draws_every_card_again()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        Mark(site, Outlook);
        Mark(site, Home);
        site.Edit("theme/assets/site.css", "--bg: #fbfaf6;", "--bg: #fffdf0;");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.False(IsMarked(site, Outlook));
        Assert.False(IsMarked(site, Home));
        using var card = CardPictures.Decode(File.ReadAllBytes(site.OutputPathOf(Outlook)));
        Assert.Equal(new SkiaSharp.SKColor(0xff, 0xfd, 0xf0), card.GetPixel(600, 400));
    }

    [Fact]
    public async Task A_build_that_copies_cards_writes_what_a_clean_build_writes()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        using var clean = new TemporaryDirectory();
        site.Edit("input/summaries/outlook.md", "title: ", "title: Retitled ");

        var reusing = await site.BuildAsync();
        var fresh = await site.BuildAsync(output: clean.Path);

        Assert.True(reusing.Succeeded && fresh.Succeeded, string.Join('\n', reusing.Diagnostics.Concat(fresh.Diagnostics)));
        var cards = Directory.EnumerateFiles(site.OutputPathOf(CardAddress.Folder), "*.png", SearchOption.AllDirectories).ToList();
        Assert.True(cards.Count > 40, $"{cards.Count} cards");
        foreach (var card in cards)
        {
            var relative = Path.GetRelativePath(site.Output, card);
            Assert.True(File.ReadAllBytes(card).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(clean.Path, relative))), $"{relative} differs from a clean build's");
        }
    }

    [Fact]
    public async Task A_failed_build_leaves_the_published_cards_as_they_were()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        var before = File.ReadAllBytes(site.OutputPathOf(Outlook));
        site.Edit("input/summaries/outlook.md", "title: ", "title: Retitled ");
        site.Edit("theme/assets/site.css", "--map-sea:", "--map-ocean:");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Contains("--map-sea", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(site.OutputPathOf(Outlook)));
    }
}
