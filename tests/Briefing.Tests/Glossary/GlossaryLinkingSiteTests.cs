using System.Text.Json;
using AngleSharp.Dom;
using Briefing.Layouts;
using Briefing.Tests.Support;

namespace Briefing.Tests.Glossary;

/// <summary>Auto-linking and the glossary's pages, read from the real briefing built once.</summary>
public class GlossaryLinkingSiteTests(BuiltRealSite site) : IClassFixture<BuiltRealSite>
{
    private static readonly int TermFileCount = Directory.GetFiles(RepositoryFiles.PathOf("input/glossary"), "*.md").Length;

    private static readonly string[] LinkedPages =
    [
        "index.html", "articles/azerbaijan-russia-tensions/index.html", "summaries/background/index.html",
        "summaries/baku-motives/index.html", "summaries/economic-ties/index.html", "summaries/moscow-response/index.html",
        "summaries/outlook/index.html", "timeline/index.html", "glossary/nagorno-karabakh/index.html",
    ];

    [Fact]
    public void Only_the_first_mention_of_a_term_on_a_page_is_linked()
    {
        var main = site.Page("summaries/background/index.html").QuerySelector("main")!;
        var links = main.QuerySelectorAll("a.term").ToList();

        Assert.NotEmpty(links);
        Assert.Equal(links.Count, links.Select(a => a.GetAttribute("data-term")).Distinct().Count());
        var karabakh = Assert.Single(links, a => a.GetAttribute("data-term") == "nagorno-karabakh");
        Assert.Equal("Nagorno-Karabakh", karabakh.TextContent);
        Assert.Equal("nagorno-karabakh-and-the-2020-war", karabakh.Closest("p")!.PreviousElementSibling!.Id);
        Assert.True(Occurrences(main.QuerySelector(".prose")!.TextContent, "Nagorno-Karabakh") >= 3);
    }

    [Fact]
    public void Every_linked_term_is_followed_by_its_tooltip_which_describes_it()
    {
        foreach (var page in LinkedPages)
        {
            var document = site.Page(page);
            foreach (var link in document.QuerySelectorAll("a.term"))
            {
                var tip = link.NextElementSibling;
                Assert.NotNull(tip);
                Assert.Equal(("span", "tooltip"), (tip.LocalName, tip.GetAttribute("role")));
                Assert.Equal(link.GetAttribute("aria-describedby"), tip.Id);
                Assert.Single(document.QuerySelectorAll($"[id='{tip.Id}']"));
                Assert.EndsWith($"glossary/{link.GetAttribute("data-term")}/", link.GetAttribute("href"), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Headings_the_dek_chips_and_existing_links_are_never_linked()
    {
        foreach (var page in LinkedPages)
        {
            var document = site.Page(page);
            Assert.Empty(document.QuerySelectorAll("h1 a.term, h2 a.term, h3 a.term, h4 a.term, .dek a.term, a a.term, a .term-tip, .citation a.term, header a.term, nav a.term"));
        }

        var article = site.Page("articles/azerbaijan-russia-tensions/index.html");
        Assert.Contains("the Kremlin", article.QuerySelector(".dek")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(article.QuerySelector(".dek")!.Children);
        var kremlin = Assert.Single(article.QuerySelectorAll("a.term[data-term='kremlin']"));
        Assert.Equal("p1", kremlin.Closest(".para")!.Id);
    }

    [Fact]
    public void A_term_page_links_other_terms_but_never_itself()
    {
        var definition = site.Page("glossary/nagorno-karabakh/index.html").QuerySelector(".term-definition")!;

        Assert.Contains("also calls it simply Karabakh", definition.TextContent, StringComparison.Ordinal);
        Assert.Empty(definition.QuerySelectorAll("a.term[data-term='nagorno-karabakh']"));
        Assert.Contains(definition.QuerySelectorAll("a.term"), a => a.GetAttribute("data-term") == "south-caucasus");
    }

    [Fact]
    public void The_index_lists_every_term_under_its_letter_with_disabled_letters_for_the_rest()
    {
        var index = site.Page("glossary/index.html");
        var letters = index.QuerySelectorAll(".glossary-letters li > a").ToList();

        Assert.Equal(26, letters.Count);
        foreach (var letter in letters)
        {
            if (letter.GetAttribute("aria-disabled") == "true")
            {
                Assert.False(letter.HasAttribute("href"));
                Assert.Null(index.GetElementById($"letter-{letter.TextContent.ToLowerInvariant()}"));
            }
            else
            {
                var section = index.GetElementById(letter.GetAttribute("href")![1..])!;
                Assert.Equal(letter.TextContent, section.QuerySelector("h2")!.TextContent);
                Assert.All(section.QuerySelectorAll("dt"), dt => Assert.StartsWith(letter.TextContent, dt.TextContent, StringComparison.Ordinal));
            }
        }

        Assert.Equal(["E", "G", "J", "O", "Q", "U", "X", "Z"], letters.Where(l => l.HasAttribute("aria-disabled")).Select(l => l.TextContent));
        var terms = index.QuerySelectorAll(".glossary-entry dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal(TermFileCount, terms.Count);
        Assert.Equal(terms.Order(StringComparer.OrdinalIgnoreCase), terms);
        Assert.Equal(
            "A disputed area in the South Caucasus that Azerbaijan brought under its control in a military operation in September 2023.",
            index.GetElementById("term-nagorno-karabakh")!.QuerySelector("dd")!.TextContent);
    }

    [Fact]
    public void The_filter_box_is_a_search_input_shown_only_by_the_glossary_script()
    {
        var index = site.Page("glossary/index.html");
        var input = index.QuerySelector("input.glossary-filter")!;

        Assert.Equal("search", input.GetAttribute("type"));
        Assert.NotNull(index.QuerySelector($"label[for='{input.Id}']"));
        Assert.True(input.Closest(".glossary-search")!.HasAttribute("hidden"));
        Assert.Equal(["../assets/glossary.js"], index.QuerySelectorAll("script[src*='glossary']").Select(s => s.GetAttribute("src")));
        Assert.Empty(site.Page("glossary/nagorno-karabakh/index.html").QuerySelectorAll("script[src*='glossary']"));
        Assert.All(index.QuerySelectorAll(".glossary-entry"), e => Assert.False(string.IsNullOrEmpty(e.GetAttribute("data-filter"))));
    }

    [Fact]
    public void The_index_describes_a_DefinedTermSet_and_each_term_page_a_DefinedTerm_in_it()
    {
        using var set = JsonLd(site.Page("glossary/index.html"));
        Assert.Equal("DefinedTermSet", set.RootElement.GetProperty("@type").GetString());
        var setId = set.RootElement.GetProperty("@id").GetString();
        Assert.Equal($"{BuiltRealSite.BaseUrl}glossary/", setId);
        Assert.Equal(TermFileCount, set.RootElement.GetProperty("hasDefinedTerm").GetArrayLength());

        using var term = JsonLd(site.Page("glossary/ilham-aliyev/index.html"));
        var root = term.RootElement;
        Assert.Equal(("DefinedTerm", "Ilham Aliyev"), (root.GetProperty("@type").GetString(), root.GetProperty("name").GetString()));
        Assert.Equal($"{BuiltRealSite.BaseUrl}glossary/ilham-aliyev/", root.GetProperty("url").GetString());
        Assert.Equal(["President Aliyev", "Aliyev"], root.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(setId, root.GetProperty("inDefinedTermSet").GetProperty("@id").GetString());
    }

    [Fact]
    public void The_glossary_is_in_the_navigation_and_marked_current_on_term_pages()
    {
        string? CurrentNav(string page) =>
            site.Page(page).QuerySelector(".site-nav a[aria-current='page']")?.TextContent;

        Assert.Contains(site.Page("index.html").QuerySelectorAll(".site-nav a"), a => a.TextContent == "Glossary");
        Assert.Equal("Glossary", CurrentNav("glossary/index.html"));
        Assert.Equal("Glossary", CurrentNav("glossary/baku/index.html"));
    }

    [Fact]
    public void A_term_page_shows_aliases_see_also_and_sources()
    {
        var page = site.Page("glossary/ilham-aliyev/index.html");

        Assert.Equal("Ilham Aliyev", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["President Aliyev", "Aliyev"], page.QuerySelectorAll(".term-alias").Select(a => a.TextContent));
        Assert.Equal(
            [("Heydar Aliyev", "../../glossary/heydar-aliyev/"), ("Second Karabakh war", "../../glossary/second-karabakh-war/"), ("Baku", "../../glossary/baku/")],
            page.QuerySelectorAll(".see-also a").Select(a => (a.TextContent, a.GetAttribute("href"))));
    }

    private static JsonDocument JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
