using System.Buffers.Binary;
using Briefing.Tests.Glossary;

namespace Briefing.Tests.Publishing;

/// <summary>Every page names the theme's icons, so no browser asks for a missing /favicon.ico.</summary>
public sealed class FaviconTests(BuiltRealSite site) : IClassFixture<BuiltRealSite>
{
    [Theory]
    [InlineData("index.html", "./")]
    [InlineData("glossary/baku/index.html", "../../")]
    [InlineData("404.html", "/briefing/")]
    public void Every_page_links_the_svg_icon_its_png_fallback_and_the_touch_icon(string page, string up)
    {
        var head = site.Page(page).Head!;

        Assert.Equal(up + "assets/favicon.svg", head.QuerySelector("link[rel=icon][type='image/svg+xml']")?.GetAttribute("href"));
        Assert.Equal(up + "assets/favicon.png", head.QuerySelector("link[rel=icon][type='image/png'][sizes='32x32']")?.GetAttribute("href"));
        Assert.Equal(up + "assets/apple-touch-icon.png", head.QuerySelector("link[rel=apple-touch-icon]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("assets/favicon.png", 32)]
    [InlineData("assets/apple-touch-icon.png", 180)]
    public void The_png_icons_have_their_sizes(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.OutputFolder, file));

        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
