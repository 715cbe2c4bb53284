using Briefing.Links;
using Briefing.Seeds;

namespace Briefing.Tests.Links;

public sealed class LinkResolverTests
{
    private static readonly Uri Base = new("https://example.github.io/briefing/");

    private static readonly PublishedPage Article = new(
        "articles/a/index.html", new HashSet<string>(StringComparer.Ordinal) { "p1", "main", "café" }, []);

    private static readonly PublishedPage Home = new("index.html", new HashSet<string>(StringComparer.Ordinal) { "main" }, []);

    private static readonly LinkResolver Resolver = new(
        Base,
        new HashSet<string>(StringComparer.Ordinal) { "index.html", "articles/a/index.html", "assets/site.css", "feed.xml" },
        new Dictionary<string, PublishedPage>(StringComparer.Ordinal) { ["index.html"] = Home, ["articles/a/index.html"] = Article });

    private static LinkProblem? Check(string value, PublishedPage? page = null) =>
        Resolver.Check(page ?? Home, new PublishedLink("a", "href", value, null, 1));

    [Theory]
    [InlineData("")]
    [InlineData("#main")]
    [InlineData("#top")]
    [InlineData("./")]
    [InlineData("./articles/a/#p1")]
    [InlineData("articles/a/#caf%C3%A9")]
    [InlineData("./articles/a")]
    [InlineData("/briefing/assets/site.css")]
    [InlineData("https://example.github.io/briefing/articles/a/#p1")]
    [InlineData("https://example.org/anything")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("feed.xml#ignored")]
    public void Working_links_pass(string value) => Assert.Null(Check(value));

    [Theory]
    [InlineData("./articles/b/", "it leads to /articles/b/, which is not in the output")]
    [InlineData("./articles/a/#p2", "it leads to /articles/a/#p2, but that page has no element with id \"p2\"")]
    [InlineData("#p1", "it leads to /#p1, but that page has no element with id \"p1\"")]
    [InlineData("/articles/a/", "it leads to /articles/a/, outside the site's base path /briefing/")]
    [InlineData("https://example.github.io/briefing/missing/", "it leads to /missing/, which is not in the output")]
    [InlineData("https://", "it is not a well-formed web address")]
    [InlineData("mailto:", "the mailto: link names no one")]
    [InlineData("javascript:void(0)", "a javascript: URL is not a link")]
    public void Broken_links_fail_with_the_reason(string value, string reason) => Assert.Equal(reason, Check(value)?.Reason);

    [Fact]
    public void Relative_links_resolve_against_the_page_they_are_on()
    {
        Assert.Null(Check("../../", Article));
        Assert.Null(Check("#p1", Article));
        Assert.NotNull(Check("../../../", Article));
    }
}
