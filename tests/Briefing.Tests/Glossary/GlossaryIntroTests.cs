using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Glossary;

public class GlossaryIntroTests
{
    [Fact]
    public async Task An_authored_glossary_page_becomes_the_introduction_of_the_index()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/glossary.md", "---\ntitle: Names and places\ndescription: Who is who.\n---\n\nRead this before the Kremlin’s side of the story.\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var index = new HtmlParser().ParseDocument(site.Read("output/glossary/index.html"));
        Assert.Equal("Names and places", index.QuerySelector("main h1")!.TextContent);
        Assert.Equal("kremlin", index.QuerySelector("main .prose a.term")!.GetAttribute("data-term"));
        Assert.Equal(Directory.GetFiles(Path.Combine(site.Root, "input", "glossary"), "*.md").Length, index.QuerySelectorAll(".glossary-entry").Length);
        Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "glossary"), "index.html"));
    }
}
