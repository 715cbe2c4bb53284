using Briefing.Theme;

namespace Briefing.Tests.Theme;

public class RelativeLinksTests
{
    [Theory]
    [InlineData("", "./")]
    [InlineData("404.html", "./")]
    [InlineData("glossary/", "../")]
    [InlineData("summaries/why/", "../../")]
    public void The_way_to_the_root_climbs_one_folder_per_level(string pagePath, string expected) =>
        Assert.Equal(expected, RelativeLinks.ToRoot(pagePath));

    [Fact]
    public void Links_under_the_base_path_become_relative_and_everything_else_stays()
    {
        const string html =
            "<a href=\"/briefing/glossary/\">g</a><img src=\"/briefing/assets/a.png\">"
            + "<a href=\"/other/\">o</a><a href=\"https://example.org/briefing/\">x</a>"
            + "<a data-href=\"/briefing/no/\">d</a><link rel=\"stylesheet\" href=\"/briefing/\">";

        Assert.Equal(
            "<a href=\"../../glossary/\">g</a><img src=\"../../assets/a.png\">"
            + "<a href=\"/other/\">o</a><a href=\"https://example.org/briefing/\">x</a>"
            + "<a data-href=\"../../no/\">d</a><link rel=\"stylesheet\" href=\"../../\">",
            RelativeLinks.Rewrite(html, "summaries/why/", "/briefing/"));
    }

    [Fact]
    public void A_page_without_such_links_is_returned_as_it_came()
    {
        const string html = "<p><a href=\"#p1\">1</a> <a href=\"/elsewhere/\">e</a></p>";
        Assert.Same(html, RelativeLinks.Rewrite(html, "glossary/", "/briefing/"));
    }
}
