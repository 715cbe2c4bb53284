using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cards;

/// <summary>A page's own image (<c>image:</c> in front matter) replaces its card in link previews, and must exist.</summary>
public sealed class PageImageTests
{
    private const string Page = "input/summaries/outlook.md";

    private static void NameImage(TestSite site, string image, string? alt = null) =>
        site.Edit(Page, "order: 5\n", $"order: 5\nimage: {image}\n" + (alt is null ? "" : $"image_alt: {alt}\n"));

    private static string? Meta(string html, string property) =>
        new HtmlParser().ParseDocument(html).QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    [Fact]
    public async Task A_page_naming_an_asset_shows_it_instead_of_its_card()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/assets/cover.png", "not really a picture, but published as it is");
        NameImage(site, "/assets/cover.png", "The caucasus from above");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var html = site.ReadOutput("summaries/outlook/index.html");
        var image = Meta(html, "og:image");
        Assert.NotNull(image);
        Assert.EndsWith("/assets/cover.png", image, StringComparison.Ordinal);
        Assert.Equal(image, Meta(html, "twitter:image"));
        Assert.Equal("The caucasus from above", Meta(html, "og:image:alt"));
        Assert.Null(Meta(html, "og:image:width"));
        Assert.False(File.Exists(site.OutputPathOf("cards/summaries/outlook.png")), "the page's own card is not drawn");
        Assert.True(File.Exists(site.OutputPathOf("cards/summaries/background.png")), "other pages keep their cards");
        Assert.Equal("630", Meta(site.ReadOutput("summaries/background/index.html"), "og:image:height"));
    }

    [Fact]
    public async Task Without_a_text_alternative_the_title_describes_the_image()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/assets/cover.jpg", "jpeg");
        NameImage(site, "/assets/cover.jpg");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal("Outlook", Meta(site.ReadOutput("summaries/outlook/index.html"), "og:image:alt"));
    }

    [Fact]
    public async Task An_image_the_site_does_not_have_is_an_error_at_its_line()
    {
        using var site = TestSite.CopyOfRepository();
        NameImage(site, "/assets/missing.png");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal("image '/assets/missing.png' is not among the site's assets", error.Message);
        Assert.Equal(Page, error.Location?.File);
        Assert.Equal(5, error.Location?.Line);
        Assert.Contains("input/assets/missing.png", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cover.png")]
    [InlineData("/images/cover.png")]
    [InlineData("/assets/cover.svg")]
    [InlineData("https://example.org/cover.png")]
    public async Task An_image_that_is_not_a_picture_among_the_assets_is_refused(string image)
    {
        using var site = TestSite.CopyOfRepository();
        NameImage(site, image);

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal($"image '{image}' is not a PNG, JPEG, GIF or WebP file under /assets/", error.Message);
        Assert.Equal(Page, error.Location?.File);
        Assert.Equal(5, error.Location?.Line);
    }
}
