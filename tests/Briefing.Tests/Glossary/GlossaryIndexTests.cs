using Briefing.Content;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;
using Briefing.Tests.Support;
using Briefing.Timeline;

namespace Briefing.Tests.Glossary;

public class GlossaryIndexTests
{
    [Theory]
    [InlineData("Ilham Aliyev", "ILHAM ALIYEV", "I")]
    [InlineData("Éire", "EIRE", "E")]
    [InlineData("’t Hooft", "’T HOOFT", "T")]
    [InlineData("2020 war", "2020 WAR", TermSortKey.OtherLetter)]
    [InlineData("Öresund", "ORESUND", "O")]
    [InlineData("Шуша", "ШУША", TermSortKey.OtherLetter)]
    public void Terms_are_filed_by_their_first_letter_without_accents(string term, string key, string letter)
    {
        Assert.Equal(key, TermSortKey.For(term));
        Assert.Equal(letter, TermSortKey.Letter(term));
    }

    [Fact]
    public void Sorting_is_the_same_in_every_culture()
    {
        GlossaryTerm[] terms = [Term("istanbul"), Term("Izmir"), Term("Éclair"), Term("ilham"), Term("Zaqatala"), Term("eagle")];
        using (new CultureScope("tr-TR"))
        {
            Assert.Equal(["eagle", "Éclair", "ilham", "istanbul", "Izmir", "Zaqatala"], TermSortKey.Sort(terms).Select(t => t.Term));
        }

        using (new CultureScope("sv-SE"))
        {
            Assert.Equal(["eagle", "Éclair", "ilham", "istanbul", "Izmir", "Zaqatala"], TermSortKey.Sort(terms).Select(t => t.Term));
        }
    }

    [Fact]
    public void The_letter_bar_has_every_letter_and_a_place_for_the_rest_only_when_needed()
    {
        var latin = GlossaryIndexView.From([Entry("Baku"), Entry("Brussels"), Entry("Kremlin")], "/assets/glossary.js", "{}");
        Assert.Equal(26, latin.Letters.Count);
        Assert.Equal(["B", "K"], latin.Letters.Where(l => l.HasTerms).Select(l => l.Letter));
        Assert.Equal([("B", "letter-b", 2), ("K", "letter-k", 1)], latin.Groups.Select(g => (g.Letter, g.Id, g.Terms.Count)));

        var mixed = GlossaryIndexView.From([Entry("2020 war"), Entry("Baku")], "/assets/glossary.js", "{}");
        Assert.Equal(("#", "letter-other", true), (mixed.Letters[^1].Letter, mixed.Letters[^1].Id, mixed.Letters[^1].HasTerms));
        Assert.Equal(["B", "#"], mixed.Groups.Select(g => g.Letter));
    }

    [Fact]
    public void The_reading_order_puts_the_article_first_and_the_glossary_last()
    {
        Page P(PageKind kind, string title, string path, int order = 0) => Page.Of(kind, title, path, "") with { Order = order };
        Page[] pages =
        [
            P(GlossaryKinds.Term, "Zelensky", "glossary/zelensky/"), P(GlossaryKinds.Term, "Baku", "glossary/baku/"),
            P(TimelineKinds.Timeline, "Timeline", "timeline/"), P(ContentKinds.Summary, "Outlook", "summaries/outlook/", 5),
            P(ContentKinds.Summary, "Background", "summaries/background/", 1), P(ContentKinds.Home, "Home", ""),
            P(ContentKinds.Page, "About", "about/"), P(SeedKinds.Article, "Article", "articles/a/"),
        ];

        Assert.Equal(
            ["Article", "Home", "Background", "Outlook", "Timeline", "About", "Baku", "Zelensky"],
            ReadingOrder.Sort(pages, p => p).Select(p => p.Title));
    }

    private static GlossaryTerm Term(string name) => new()
    {
        Slug = Slug.From(name),
        Term = name,
        ShortDefinition = name,
        Location = new SourceLocation($"input/glossary/{Slug.From(name)}.md", 1, 1),
    };

    private static TermEntryView Entry(string name) => new(Slug.From(name), name, $"/glossary/{Slug.From(name)}/", name, [], name.ToLowerInvariant());
}
