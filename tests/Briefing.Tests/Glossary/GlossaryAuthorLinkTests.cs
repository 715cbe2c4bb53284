using AngleSharp.Html.Parser;
using Briefing.Core;
using Briefing.Tests.Support;

namespace Briefing.Tests.Glossary;

/// <summary>What an author writes in Markdown to link a term by hand or keep a passage free of links.</summary>
public class GlossaryAuthorLinkTests
{
    private const string Page = "summaries/outlook/index.html";
    private const string Source = "input/summaries/outlook.md";
    private const string FirstHeading = "## Likely to die down";

    [Fact]
    public async Task An_xref_link_leads_to_the_term_page_gets_its_tooltip_and_counts_as_the_first_mention()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit(Source, FirstHeading, $"{FirstHeading}\n\nBaku's [disputed region](xref:nagorno-karabakh) is calm.");

        var main = await BuildAndReadMainAsync(site);

        var link = Assert.Single(main.QuerySelectorAll("a[data-term='nagorno-karabakh']"));
        Assert.Equal("disputed region", link.TextContent);
        Assert.Equal("../../glossary/nagorno-karabakh/", link.GetAttribute("href"));
        Assert.Equal(["xref", "term"], link.ClassList);
        Assert.Equal("tip-nagorno-karabakh", link.NextElementSibling!.Id);
        Assert.Contains("in Nagorno-Karabakh, Russian peacekeepers", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generic_attributes_on_a_block_keep_it_free_of_links()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit(Source, FirstHeading, $"{FirstHeading}\n\n{{data-no-glossary}}\nNagorno-Karabakh and Sputnik, quoted as written.\n\nQuoted again: Sputnik. {{data-no-glossary}}");

        var main = await BuildAndReadMainAsync(site);

        var quoted = main.QuerySelectorAll("p[data-no-glossary]").ToList();
        Assert.Equal(2, quoted.Count);
        Assert.All(quoted, p => Assert.Empty(p.QuerySelectorAll("a")));
        Assert.Equal("Nagorno-Karabakh", main.QuerySelector("a[data-term='nagorno-karabakh']")!.TextContent);
    }

    [Fact]
    public async Task A_no_glossary_container_keeps_every_block_inside_free_of_links()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit(Source, FirstHeading, $"{FirstHeading}\n\n::: no-glossary\nSputnik reported it.\n\n- Nagorno-Karabakh\n:::");

        var main = await BuildAndReadMainAsync(site);

        var container = main.QuerySelector("div.no-glossary")!;
        Assert.Contains("Sputnik reported it.", container.TextContent, StringComparison.Ordinal);
        Assert.Empty(container.QuerySelectorAll("a"));
        Assert.NotNull(main.QuerySelector("a[data-term='nagorno-karabakh']"));
    }

    private static async Task<AngleSharp.Dom.IElement> BuildAndReadMainAsync(TestSite site)
    {
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        return new HtmlParser().ParseDocument(site.Read($"output/{Page}")).QuerySelector("main")!;
    }
}
