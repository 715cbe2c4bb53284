using AngleSharp.Html.Parser;
using Briefing.Glossary.Linking;
using Briefing.Seeds;
using static Briefing.Tests.Glossary.Linking.LinkerPages;

namespace Briefing.Tests.Glossary.Linking;

public class TermLinkerTests
{
    [Fact]
    public void TheFirstMentionIsLinkedWithItsTooltipDirectlyAfterIt()
    {
        var article = Article("<p id=\"p1\">Azerbaijan said so.</p>");
        Link(article);
        Assert.Equal(
            "<a class=\"term\" href=\"/glossary/azerbaijan/\" data-term=\"azerbaijan\" aria-describedby=\"tip-azerbaijan\">Azerbaijan</a>"
            + $"<span class=\"term-tip\" role=\"tooltip\" id=\"tip-azerbaijan\">{AzerbaijanTip}</span> said so.",
            article.QuerySelector("#p1")!.InnerHtml);
    }

    [Fact]
    public void LaterMentionsStayPlainButAreRecordedInPageOrder()
    {
        var article = Article(
            "<p id=\"p1\">Azerbaijan, Russia and again Azerbaijan.</p><ul><li>Karabakh</li></ul><p id=\"p2\">Russia’s view of Nagorno-Karabakh.</p>");
        var result = Link(article);

        Assert.Equal(["Azerbaijan->azerbaijan", "Russia->russia", "Karabakh->nagorno-karabakh"], LinkedTexts(article));
        Assert.Equal(
            [("azerbaijan", "p1", 1), ("russia", "p1", 2), ("azerbaijan", "p1", 3), ("nagorno-karabakh", null, 4), ("russia", "p2", 5), ("nagorno-karabakh", "p2", 6)],
            result.Mentions.Select(m => (m.Slug, m.AnchorId, m.Ordinal)));
        Assert.Equal(["azerbaijan", "nagorno-karabakh", "russia"], result.LinkedSlugs);
        Assert.Equal("Azerbaijan, Russia and again Azerbaijan.", article.QuerySelector("#p1")!.TextContent.Replace(AzerbaijanTip, "", StringComparison.Ordinal).Replace("The Russian Federation.", "", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyTheNameIsLinkedInAPossessive()
    {
        var article = Article("<p>Russia’s army and Russia's navy.</p>");
        Link(article);
        var link = article.QuerySelector("a.term")!;
        Assert.Equal("Russia", link.TextContent);
        Assert.StartsWith("’s army", link.NextElementSibling!.NextSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void LongerNamesWinAndAcronymsAreCaseSensitive()
    {
        var article = Article("<p>Azerbaijan Airlines flew past Heydar Aliyev airport; csto is not CSTO.</p>");
        var result = Link(article);
        Assert.Equal(["Azerbaijan Airlines->azal", "Heydar Aliyev->heydar-aliyev", "CSTO->csto"], LinkedTexts(article));
        Assert.DoesNotContain(result.Mentions, m => m.Slug is "azerbaijan" or "ilham-aliyev");
    }

    [Fact]
    public void NeighbouringLettersInAnyScriptPreventLinking()
    {
        var article = Article("<p>Azerbaijani troops, ЖRussia, Karabakhы and Azerbaijan—Russia.</p>");
        Link(article);
        Assert.Equal(["Azerbaijan->azerbaijan", "Russia->russia"], LinkedTexts(article));
    }

    [Fact]
    public void OnItsOwnPageATermIsNeitherLinkedNorRecordedButStillHidesShorterNamesInside()
    {
        var article = Article("<p id=\"p1\">Heydar Aliyev founded it; Azerbaijan remembers Heydar Aliyev.</p>");
        var result = Link(article, ownSlug: "heydar-aliyev");
        Assert.Equal(["Azerbaijan->azerbaijan"], LinkedTexts(article));
        Assert.Equal(["azerbaijan"], result.Mentions.Select(m => m.Slug));
    }

    [Fact]
    public void TheAnchorIsTheIdOfTheNearestElementThatHasOne()
    {
        var article = Article(
            "<section id=\"s1\"><p>In <em>Azerbaijan</em></p><p id=\"p2\">and <span id=\"inner\">Russia</span></p></section><p>Karabakh</p>");
        var result = Link(article);
        Assert.Equal(["s1", "inner", null], result.Mentions.Select(m => m.AnchorId));
    }

    [Fact]
    public void TheRootsOwnIdIsTheLastResortAnchor()
    {
        var article = Article("<p>Russia</p>");
        article.Id = "summary";
        Assert.Equal("summary", Link(article).Mentions.Single().AnchorId);
    }

    [Fact]
    public void WhitespaceInsideANameIsKeptInTheLinkAndCollapsedInTheMention()
    {
        var article = Article("<p>Heydar&nbsp;Aliyev</p>");
        var mention = Link(article).Mentions.Single();
        Assert.Equal("Heydar\u00A0Aliyev", article.QuerySelector("a.term")!.TextContent);
        Assert.Equal("Heydar Aliyev", mention.Match);
    }

    [Fact]
    public void TooltipTextIsEscapedInTheSerialisedHtml()
    {
        var article = Article("<p>The CSTO met.</p>");
        Link(article);
        Assert.Contains(
            "<span class=\"term-tip\" role=\"tooltip\" id=\"tip-csto\">Collective Security Treaty Organization &amp; &lt;its&gt; \"allies\".</span>",
            article.InnerHtml,
            StringComparison.Ordinal);
        Assert.Empty(article.QuerySelectorAll("its"));
    }

    [Fact]
    public void LinkedHtmlRoundTripsThroughSerialisationAndParsing()
    {
        var article = Article("<p id=\"p1\">Azerbaijan &amp; Russia’s <em>CSTO</em> partner Heydar&nbsp;Aliyev.</p>");
        Link(article);
        var html = article.OuterHtml;

        var reparsed = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").QuerySelector("article")!;

        Assert.Equal(html, reparsed.OuterHtml);
        var before = article.QuerySelectorAll("a.term, span.term-tip").Select(e => (e.LocalName, e.Attributes.Select(a => (a.Name, a.Value)).ToArray(), e.TextContent));
        var after = reparsed.QuerySelectorAll("a.term, span.term-tip").Select(e => (e.LocalName, e.Attributes.Select(a => (a.Name, a.Value)).ToArray(), e.TextContent));
        Assert.Equal(before, after);
        Assert.Equal(8, after.Count());
    }

    [Fact]
    public void LinkingAnAlreadyLinkedPageAddsNoLinks()
    {
        var article = Article("<p>Azerbaijan and Russia, Azerbaijan.</p>");
        Link(article);
        var once = article.InnerHtml;
        var second = Link(article);
        Assert.Equal(once, article.InnerHtml);
        Assert.Equal(["azerbaijan"], second.Mentions.Select(m => m.Slug));
    }

    [Fact]
    public void AnotherTermWithTheSameNameIsRejected()
    {
        var error = Assert.Throws<DuplicateTermPatternException>(
            () => new TermLinker([.. GlossaryTerms, new LinkableTerm("karabakh-khanate", "/k/", "A khanate.", ["Karabakh"])]));
        Assert.Equal(("nagorno-karabakh", "karabakh-khanate"), (error.First.TermId, error.Second.TermId));
    }

    [Fact]
    public void TwoTermsWithTheSameSlugAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new TermLinker([GlossaryTerms[0], GlossaryTerms[0] with { Names = ["Azeri"] }]));
    }
}
