using AngleSharp.Html.Parser;
using Briefing.Cards;
using Briefing.Tests.Snapshots;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cards;

/// <summary>The real site's cards: one per page, named in its head, valid, all different, and the same on every build.</summary>
public sealed class SocialCardSiteTests(ProjectPathSite site) : IClassFixture<ProjectPathSite>
{
    /// <summary>
    /// How far a block's mean luminance may be from the snapshot's: Skia's antialiasing may differ by a few levels
    /// between processors (its vector code paths), which moves a 30×30 block's mean by far less than this; a changed
    /// word or a moved picture moves many blocks by much more.
    /// </summary>
    private const int Tolerance = 6;

    /// <summary>Every page, by its output file (redirect pages, which only forward, aside).</summary>
    private IEnumerable<(string File, AngleSharp.Html.Dom.IHtmlDocument Page)> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, f)))))
            .Where(p => p.Item2.QuerySelector("meta[http-equiv=refresh]") is null);

    private static string? Meta(AngleSharp.Html.Dom.IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static string PagePath(string file) =>
        file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    [Fact]
    public void Every_page_names_its_own_card_with_size_and_text_alternative()
    {
        var pages = Pages().ToList();
        Assert.True(pages.Count > 40, $"{pages.Count} pages");
        foreach (var (file, page) in pages)
        {
            var card = CardAddress.For(PagePath(file));
            var url = new Uri(site.BaseUrl, card).AbsoluteUri;
            Assert.Equal(url, Meta(page, "og:image"));
            Assert.Equal(url, Meta(page, "twitter:image"));
            Assert.Equal("1200", Meta(page, "og:image:width"));
            Assert.Equal("630", Meta(page, "og:image:height"));
            Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")), $"{file} has no text alternative for its card");
            Assert.Equal(Meta(page, "og:image:alt"), Meta(page, "twitter:image:alt"));
            Assert.True(File.Exists(Path.Combine(site.Output, card)), $"{file} names {card}, which was not written");
        }
    }

    [Fact]
    public void The_text_alternative_says_what_the_card_shows()
    {
        var pages = Pages().ToDictionary(p => p.File, p => p.Page);

        Assert.Equal("Summary: Outlook, from Azerbaijan and Russia: the July 2025 standoff", Meta(pages["summaries/outlook/index.html"], "og:image:alt"));
        Assert.Equal("Overview: Azerbaijan and Russia: the July 2025 standoff, with a map of the places it names", Meta(pages["index.html"], "og:image:alt"));
    }

    [Fact]
    public void Every_card_is_a_valid_1200_by_630_png_and_no_two_are_alike()
    {
        var cards = Directory.EnumerateFiles(Path.Combine(site.Output, CardAddress.Folder), "*.png", SearchOption.AllDirectories).ToList();
        Assert.Equal(Pages().Count(), cards.Count);

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            var bytes = File.ReadAllBytes(card);
            using var bitmap = CardPictures.Decode(bytes);
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
            var pixels = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bitmap.GetPixelSpan()));
            Assert.False(seen.TryGetValue(pixels, out var twin), $"{card} looks exactly like {twin}");
            seen[pixels] = card;
        }
    }

    [Fact]
    public async Task A_second_build_writes_the_same_bytes()
    {
        using var again = new TemporaryDirectory();
        var report = await site.Site.BuildAsync(output: again.Path, baseUrl: site.BaseUrl.AbsoluteUri);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));

        foreach (var card in Directory.EnumerateFiles(Path.Combine(site.Output, CardAddress.Folder), "*.png", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Output, card);
            Assert.True(File.ReadAllBytes(card).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.Path, relative))), $"{relative} differs between two builds");
        }
    }

    [Theory]
    [InlineData("index")]
    [InlineData("summaries/outlook")]
    public async Task A_card_looks_as_reviewed(string name)
    {
        using var bitmap = CardPictures.Decode(File.ReadAllBytes(Path.Combine(site.Output, CardAddress.Folder, name + ".png")));
        var actual = CardPictures.Luminance(bitmap);
        var suffix = name.Replace('/', '-');
        var verified = Path.Combine(RepositoryFiles.Root, "tests", "Briefing.Tests", "Cards", $"{nameof(SocialCardSiteTests)}.{nameof(A_card_looks_as_reviewed)}_{suffix}.verified.txt");
        var text = $"# cards/{name}.png: mean luminance (hex) of each {CardPictures.Block}x{CardPictures.Block} block, compared within {Tolerance} levels\n" + CardPictures.Format(actual);
        if (File.Exists(verified) && Within(CardPictures.Parse(File.ReadAllText(verified)), actual))
        {
            return;
        }

        // Missing or too far from the reviewed picture: the snapshot's usual received file, diff and accept flow.
        await Snapshot.VerifyAsync(text, settings: new SnapshotSettings { NameSuffix = suffix });
    }

    private static bool Within(int[][] expected, int[][] actual) =>
        expected.Length == actual.Length
        && expected.Zip(actual).All(rows => rows.First.Length == rows.Second.Length && rows.First.Zip(rows.Second).All(v => Math.Abs(v.First - v.Second) <= Tolerance));
}
