using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Citations;

public class OutsideSourceTests
{
    [Fact]
    public async Task A_context_chip_links_to_its_source_names_it_and_is_listed_on_the_page_and_in_links_json()
    {
        using var site = TestSite.CopyOfRepository();

        Assert.True((await site.BuildAsync()).Succeeded);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("glossary/russian-peacekeepers/index.html"));
        var chip = Assert.Single(page.QuerySelectorAll("main a.context"));
        Assert.Equal("Ceasefire statement", chip.TextContent);
        Assert.StartsWith("https://www.primeminister.am/", chip.GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("Ceasefire statement: Context from outside the article", chip.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("10 November 2020", chip.GetAttribute("aria-label"), StringComparison.Ordinal);
        var listed = Assert.Single(page.QuerySelectorAll(".outside-sources li"));
        Assert.Contains("Office of the Prime Minister of Armenia", listed.TextContent, StringComparison.Ordinal);

        using var links = JsonDocument.Parse(site.ReadOutput("links.json"));
        var source = links.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "ceasefire-statement-2020-11-10");
        Assert.Contains("/glossary/russian-peacekeepers/", source.GetProperty("cited_on").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task An_unknown_source_id_is_an_error_at_its_line_and_column()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/summaries/outlook.md", "speaks volumes. [¶17](cite:p17)", "speaks volumes. [¶17](cite:p17) [AP](source:ap-2099)");

        var error = await site.BuildExpectingOneErrorAsync();

        Assert.Equal("input/summaries/outlook.md", error.Location?.File);
        Assert.Equal(21, error.Location?.Line);
        Assert.Contains("source 'ap-2099' is not in input/data/sources.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_without_a_web_address_or_with_a_bad_date_is_an_error_at_its_line()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/data/sources.yml", "sources:\n  - id: a\n    title: T\n    publisher: P\n    date: 30 June 2025\n    url: \"https://example.org/a\"\n  - id: b\n    title: T\n    publisher: P\n    url: example.org\n");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        var errors = report.Diagnostics.Where(d => d.Location?.File == "input/data/sources.yml").ToList();
        Assert.Equal([5, 10], errors.Select(e => e.Location!.Line));
    }

    [Fact]
    public async Task The_old_address_of_a_renamed_term_redirects_to_the_new_one()
    {
        using var site = TestSite.CopyOfRepository();

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Contains("url=../../glossary/labor-migrants/", site.ReadOutput("glossary/labour-migrants/index.html"), StringComparison.Ordinal);
    }
}
