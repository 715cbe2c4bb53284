using Briefing.Glossary.Linking;
using Briefing.Seeds;
using static Briefing.Tests.Glossary.Linking.LinkerPages;

namespace Briefing.Tests.Glossary.Linking;

public class TermMentionSnippetTests
{
    [Fact]
    public void ShortBlocksAreQuotedWholeWithWhitespaceCollapsed()
    {
        var mention = Link(Article("<p>\n  Baku told\n\n <em>Russia</em>   to  wait.\t</p>")).Mentions.Single();
        Assert.Equal(("Baku told ", "Russia", " to wait."), (mention.Before, mention.Match, mention.After));
    }

    [Fact]
    public void LongBlocksAreCutAtWordBoundariesAndMarkedWithAnEllipsis()
    {
        var before = "Throughout the long summer of negotiations the officials in Baku kept insisting publicly that";
        var after = "had broken every promise it made about the airliner and the detained journalists in Moscow.";
        var mention = Link(Article($"<p>{before} Russia {after}</p>")).Mentions.Single();

        Assert.Equal("…the officials in Baku kept insisting publicly that ", mention.Before);
        Assert.Equal(" had broken every promise it made about the airliner and the…", mention.After);
        Assert.InRange(mention.Before.Length, 40, 66);
        Assert.InRange(mention.After.Length, 40, 66);
    }

    [Fact]
    public void ASnippetStaysWithinItsBlockAndLeavesOutTooltipsAndCitationChips()
    {
        var article = Article(
            "<p>Previous paragraph.</p><ul><li>Azerbaijan and <a class=\"citation\" href=\"#p2\">¶2</a> Russia</li></ul><p>Next.</p>");
        var mentions = Link(article).Mentions;

        Assert.Equal(("", "Azerbaijan", " and Russia"), (mentions[0].Before, mentions[0].Match, mentions[0].After));
        Assert.Equal(("Azerbaijan and ", "Russia", ""), (mentions[1].Before, mentions[1].Match, mentions[1].After));
    }

    [Fact]
    public void WordsInNeighbouringBlocksInsideTheSnippetBlockDoNotRunTogether()
    {
        var mention = Link(Article("<li>First<ul><li>nested</li></ul>then Russia</li>")).Mentions.Single();
        Assert.Equal("First nested then ", mention.Before);
    }

    [Fact]
    public void SnippetHtmlEscapesTextAndMarksTheMention()
    {
        var mention = Link(Article("<p>Tom &amp; Jerry &lt;3 Russia’s \"bear\" &gt; all</p>")).Mentions.Single();
        Assert.Equal("Tom &amp; Jerry &lt;3 <mark>Russia</mark>’s &quot;bear&quot; &gt; all", mention.ToSnippetHtml());
    }

    [Fact]
    public void SnippetHtmlEscapesTheMatchItself()
    {
        var mention = new TermMention("x", null, 1, "a ", "<b>&", " c");
        Assert.Equal("a <mark>&lt;b&gt;&amp;</mark> c", mention.ToSnippetHtml());
    }
}
