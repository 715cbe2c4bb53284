using Briefing.Links;
using CsCheck;

namespace Briefing.Tests.Links;

/// <summary><see cref="PlainLink"/> must lead where <see cref="Uri"/> leads, on every link it accepts.</summary>
public sealed class PlainLinkTests
{
    private static readonly string[] PagePaths = ["/", "/b/", "/b/glossary/baku/", "/b/x/page.html", "/b/bench/page-00001/"];

    private static readonly Gen<string> Segment = Gen.OneOf("..", ".", "a", "B-c", "x.html", "index.html", "~u_v", "", "p%20q", "s t");

    private static readonly Gen<string> Link =
        Gen.Select(Gen.Bool, Segment.Array[0, 6], Gen.OneOf("", "#", "#p3", "#top", "#a-b_c.d", "#x y", "#%41"))
            .Select((rooted, segments, fragment) => (rooted ? "/" : "") + string.Join('/', segments) + fragment);

    [Fact]
    public void Every_link_it_accepts_leads_where_Uri_resolution_leads()
    {
        Gen.Select(Gen.OneOf(PagePaths), Link).Sample((pagePath, link) =>
        {
            if (!PlainLink.TryResolve(pagePath, link, out var path, out var fragment))
            {
                return;
            }

            var resolved = new Uri(new Uri("https://example.org" + pagePath), link);
            Assert.Equal(resolved.AbsolutePath, path);
            Assert.Equal(resolved.Fragment.Length > 1 ? resolved.Fragment[1..] : null, fragment);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("/b/bench/page-00001/", "../../glossary/baku/", "/b/glossary/baku/", null)]
    [InlineData("/b/bench/page-00001/", "../../articles/x/#p5", "/b/articles/x/", "p5")]
    [InlineData("/b/glossary/baku/", "#top", "/b/glossary/baku/", "top")]
    [InlineData("/b/glossary/baku/", "..", "/b/glossary/", null)]
    [InlineData("/b/x/page.html", "other.html#", "/b/x/other.html", null)]
    public void The_links_the_build_writes_are_plain(string pagePath, string link, string path, string? fragment)
    {
        Assert.True(PlainLink.TryResolve(pagePath, link, out var resolvedPath, out var resolvedFragment));
        Assert.Equal((path, fragment), (resolvedPath, resolvedFragment));
    }

    [Theory]
    [InlineData("a b/")] // a space, which Uri escapes
    [InlineData("%41/")] // an escape
    [InlineData("a//b/")] // an empty segment
    [InlineData("../../../../x/")] // above the root
    [InlineData("a/?q=1")] // a query
    [InlineData("#x y")]
    public void Anything_else_is_left_to_Uri(string link) =>
        Assert.False(PlainLink.TryResolve("/b/c/", link, out _, out _));
}
