using Briefing.Glossary;

namespace Briefing.Tests.Glossary;

/// <summary>How a term page's "Mentioned in" stays readable when a term is named on thousands of pages.</summary>
public class MentionListTests
{
    [Fact]
    public void Up_to_the_limit_every_mention_of_every_page_is_listed()
    {
        var groups = Pages(count: 20, mentionsEach: 10);

        var limited = MentionList.Limit(groups);

        Assert.Same(groups, limited.Groups);
        Assert.Null(limited.Unlisted);
        Assert.All(limited.Groups, g => Assert.Null(g.MoreText));
    }

    [Fact]
    public void Beyond_the_limit_the_first_pages_show_a_few_snippets_and_count_the_rest()
    {
        var groups = Pages(count: 100, mentionsEach: 5);

        var limited = MentionList.Limit(groups);

        Assert.Equal(MentionList.ListedPages, limited.Groups.Count);
        Assert.Equal(groups.Take(MentionList.ListedPages).Select(g => g.Title), limited.Groups.Select(g => g.Title));
        Assert.All(limited.Groups, g => Assert.Equal(MentionList.SnippetsPerPage, g.Mentions.Count));
        Assert.Equal(groups[0].Mentions.Take(MentionList.SnippetsPerPage), limited.Groups[0].Mentions);
        Assert.Equal("2 more mentions on this page", limited.Groups[0].MoreText);
        Assert.Equal("300 more mentions on 60 further pages, not listed here.", limited.Unlisted);
    }

    [Fact]
    public void A_page_with_few_mentions_keeps_them_all_and_singular_counts_read_as_singular()
    {
        List<MentionGroupView> groups = [.. Pages(count: 1, mentionsEach: 4), .. Pages(count: 70, mentionsEach: 3, from: 1), .. Pages(count: 1, mentionsEach: 1, from: 71)];

        var limited = MentionList.Limit(groups);

        Assert.Equal("1 more mention on this page", limited.Groups[0].MoreText);
        Assert.Null(limited.Groups[1].MoreText);
        Assert.Equal("94 more mentions on 32 further pages, not listed here.", limited.Unlisted);
    }

    private static List<MentionGroupView> Pages(int count, int mentionsEach, int from = 0) =>
    [
        .. Enumerable.Range(from, count).Select(p => new MentionGroupView(
            $"Page {p}",
            $"/page-{p}/",
            "Page",
            [.. Enumerable.Range(1, mentionsEach).Select(m => new MentionView($"/page-{p}/#s{m}", $"Section {m}", null, false, $"…mention {m}…"))])),
    ];
}
