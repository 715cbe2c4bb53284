using System.Text.Json;
using System.Xml.Linq;
using Briefing.Core;
using Briefing.Site;
using Briefing.Tests.Support;

namespace Briefing.Tests.Site;

/// <summary>
/// A kind of page is data: a site that registers one more kind, with a Markdown file and a layout of its own,
/// gets its pages in the navigation, the feed, the sitemap, links.json, the reading order and the glossary's
/// backlinks exactly as the kind's fields say, with no other code changed.
/// </summary>
public sealed class PageKindTests
{
    private static readonly PageKind People = new()
    {
        Name = "people",
        Label = "People",
        ReadingRank = 9,
        Navigation = new NavigationEntry(5, "Who is who"),
        AuthoredAs = "people",
    };

    [Fact]
    public async Task A_registered_kind_appears_where_its_data_says()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/people.md", "---\ntitle: People\ndescription: The people the briefing names.\n---\n\nThe officials in Baku.\n");
        site.Write("input/layouts/people.liquid", "<main class=\"people-layout\">{{ content | raw }}</main>");

        var report = await SiteBuild.RunAsync(
            site.Options(baseUrl: "https://example.org/"), new PageKinds([.. SitePageKinds.Default.All, People]), waiting: null, TestContext.Current.CancellationToken);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var page = site.ReadOutput("people/index.html");
        Assert.Contains("<body class=\"kind-people\">", page, StringComparison.Ordinal);
        Assert.Contains("<main class=\"people-layout\">", page, StringComparison.Ordinal);

        // The navigation: last (rank 5 after the glossary's 4), under the kind's title, current on its page.
        var home = site.ReadOutput("index.html");
        Assert.EndsWith("<li><a href=\"./people/\">Who is who</a></li>", NavigationOf(home), StringComparison.Ordinal);
        Assert.EndsWith("people/\" aria-current=\"page\">Who is who</a></li>", NavigationOf(page), StringComparison.Ordinal);

        // links.json: a page of kind "people", after every other page (reading rank 9).
        using var links = JsonDocument.Parse(site.ReadOutput("links.json"));
        var last = links.RootElement.GetProperty("pages").EnumerateArray().Last();
        Assert.Equal(("people", "/people/"), (last.GetProperty("kind").GetString(), last.GetProperty("path").GetString()));

        // The feed and the sitemap list it.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.ReadOutput("feed.xml"));
        Assert.Contains(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "id")!.Value == "https://example.org/people/");
        Assert.Contains("<loc>https://example.org/people/</loc>", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);

        // A term it mentions lists it under the kind's label.
        Assert.Contains("<a href=\"../../people/\">People</a> <span class=\"mention-kind\">People</span>", site.ReadOutput("glossary/baku/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_left_out_of_the_feed_and_the_navigation_is_in_neither()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/people.md", "---\ntitle: People\n---\n\nThe officials in Baku.\n");
        var hidden = People with { Navigation = null, InFeed = false };

        var report = await SiteBuild.RunAsync(
            site.Options(baseUrl: "https://example.org/"), new PageKinds([.. SitePageKinds.Default.All, hidden]), waiting: null, TestContext.Current.CancellationToken);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.DoesNotContain("people/", NavigationOf(site.ReadOutput("index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("https://example.org/people/", site.ReadOutput("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/people/</loc>", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_kinds_cannot_share_a_name_or_an_authored_file()
    {
        Assert.Throws<ArgumentException>(() => new PageKinds([.. SitePageKinds.Default.All, People with { Name = "home" }]));
        Assert.Throws<ArgumentException>(() => new PageKinds([.. SitePageKinds.Default.All, People with { AuthoredAs = "timeline" }]));
    }

    private static string NavigationOf(string html)
    {
        var start = html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal);
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        return html[start..end].TrimEnd();
    }
}
