using AngleSharp.Dom;
using Briefing.Seeds;

namespace Briefing.Tests.Glossary;

/// <summary>Term pages' "Mentioned in" lists, on the real briefing.</summary>
public class GlossaryBacklinkTests(BuiltRealSite site) : IClassFixture<BuiltRealSite>
{
    private const string Article = "../../articles/azerbaijan-russia-tensions/";

    [Fact]
    public void The_Nagorno_Karabakh_page_lists_the_article_paragraphs_that_name_it_in_order_with_snippets()
    {
        Assert.True(site.Report.Succeeded, string.Join('\n', site.Report.Diagnostics));
        var article = Groups("glossary/nagorno-karabakh/index.html")[0];

        Assert.Equal(("Why Is Azerbaijan Ramping Up Tensions With Russia?", "Article"), (Title(article), Kind(article)));
        var items = Items(article);
        Assert.Equal([$"{Article}#p5", $"{Article}#p9"], items.Select(i => i.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["¶5", "¶9"], items.Select(i => i.QuerySelector("a.citation")!.TextContent));
        Assert.Equal(["Paragraph 5", "Paragraph 9"], items.Select(i => i.QuerySelector("a.citation")!.GetAttribute("aria-label")));
        Assert.Equal(
            "…Russian peacekeepers deployed to the disputed area of <mark>Nagorno-Karabakh</mark> after the 2020 Armenian-Azerbaijani war put up no…",
            items[0].QuerySelector(".snippet")!.InnerHtml);
        Assert.Contains("take back control of <mark>Nagorno-Karabakh</mark>, but the initial euphoria", items[1].QuerySelector(".snippet")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_come_in_reading_order_and_point_at_the_section_heading_of_each_mention()
    {
        var groups = Groups("glossary/nagorno-karabakh/index.html");

        Assert.Equal(
            ["Article", "Overview", "Summary", "Summary", "Summary", "Summary", "Timeline", "Glossary"],
            groups.Select(Kind));
        Assert.Equal(["Background", "Baku’s motives", "Moscow’s response", "Outlook"], groups.Skip(2).Take(4).Select(Title));
        var background = Items(groups[2]);
        Assert.Equal(
            [
                ("../../summaries/background/#nagorno-karabakh-and-the-2020-war", "Nagorno-Karabakh and the 2020 war"),
                ("../../summaries/background/#the-peacekeepers-stood-aside", "The peacekeepers stood aside"),
            ],
            background.Select(i => (i.QuerySelector("a")!.GetAttribute("href"), i.QuerySelector("a")!.TextContent)));
        Assert.Single(background[0].QuerySelectorAll("mark"));
    }

    [Fact]
    public void Timeline_mentions_point_at_their_event()
    {
        var timeline = Groups("glossary/yekaterinburg/index.html").Single(g => Kind(g) == "Timeline");
        var link = Items(timeline).Single().QuerySelector("a")!;

        Assert.StartsWith("../../timeline/#2025-", link.GetAttribute("href"), StringComparison.Ordinal);
        var eventId = link.GetAttribute("href")!.Split('#')[1];
        var heading = site.Page("timeline/index.html").GetElementById(eventId)!.QuerySelector("h2")!;
        Assert.Equal(heading.TextContent, link.TextContent);
    }

    [Fact]
    public void The_publishers_note_counts_as_a_mention_but_gets_no_link()
    {
        var article = Groups("glossary/carnegie-endowment-for-international-peace/index.html")[0];
        var item = Items(article).Single();
        Assert.Equal(($"{Article}#disclaimer", "Publisher’s note"), (item.QuerySelector("a")!.GetAttribute("href"), item.QuerySelector("a")!.TextContent));
        Assert.StartsWith("<mark>Carnegie</mark> does not take", item.QuerySelector(".snippet")!.InnerHtml, StringComparison.Ordinal);

        var note = site.Page("articles/azerbaijan-russia-tensions/index.html").QuerySelector("aside.disclaimer")!;
        Assert.Equal("disclaimer", note.Id);
        Assert.Empty(note.QuerySelectorAll("a, .term-tip"));
    }

    [Fact]
    public void Definitions_of_other_terms_are_listed_last_one_entry_per_term()
    {
        var glossary = Groups("glossary/nagorno-karabakh/index.html")[^1];
        Assert.Equal("Other glossary entries", Title(glossary));
        var links = Items(glossary).Select(i => i.QuerySelector("a")!).ToList();
        Assert.Contains(links, a => a.TextContent == "Russian peacekeeping contingent" && a.GetAttribute("href") == "../../glossary/russian-peacekeepers/");
        Assert.Equal(links.Count, links.Select(a => a.GetAttribute("href")).Distinct().Count());
        Assert.DoesNotContain(links, a => a.GetAttribute("href") == "../../glossary/nagorno-karabakh/");
    }

    private List<IElement> Groups(string page)
    {
        var mentions = site.Page(page).QuerySelector("section.mentions")!;
        return [.. mentions.QuerySelectorAll("h3")];
    }

    private static string Title(IElement group) => group.QuerySelector("a")!.TextContent;

    private static string Kind(IElement group) => group.QuerySelector(".mention-kind")!.TextContent;

    private static List<IElement> Items(IElement group) => [.. group.NextElementSibling!.Children];
}
