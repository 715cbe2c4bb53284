using Briefing.Seeds;
using static Briefing.Tests.Glossary.Linking.LinkerPages;

namespace Briefing.Tests.Glossary.Linking;

public class TermLinkerExclusionTests
{
    [Theory]
    [InlineData("<h1>Azerbaijan</h1>")]
    [InlineData("<h2 id=\"h\">Azerbaijan</h2>")]
    [InlineData("<h3>Azerbaijan</h3>")]
    [InlineData("<h4>Azerbaijan</h4>")]
    [InlineData("<h5>Azerbaijan</h5>")]
    [InlineData("<h6>Azerbaijan</h6>")]
    [InlineData("<p><a href=\"https://example.org/\">Azerbaijan</a></p>")]
    [InlineData("<p><code>Azerbaijan</code></p>")]
    [InlineData("<pre>Azerbaijan</pre>")]
    [InlineData("<p><kbd>Azerbaijan</kbd></p>")]
    [InlineData("<script>var s = 'Azerbaijan';</script>")]
    [InlineData("<style>/* Azerbaijan */</style>")]
    [InlineData("<title>Azerbaijan</title>")]
    [InlineData("<p><button>Azerbaijan</button></p>")]
    [InlineData("<p><label>Azerbaijan</label></p>")]
    [InlineData("<p class=\"dek\">Azerbaijan</p>")]
    [InlineData("<p>x<span class=\"term-tip\">Azerbaijan</span></p>")]
    [InlineData("<p>x<a class=\"citation\" href=\"#p3\">Azerbaijan ¶3</a></p>")]
    [InlineData("<p>x<span class=\"citation\">Azerbaijan</span></p>")]
    [InlineData("<p data-no-glossary>Azerbaijan</p>")]
    [InlineData("<div data-no-glossary=\"\"><p><em>Azerbaijan</em></p></div>")]
    [InlineData("<p class=\"lead no-glossary\">Azerbaijan</p>")]
    [InlineData("<blockquote class=\"no-glossary\"><p>Azerbaijan</p></blockquote>")]
    public void NothingInsideASkippedElementIsLinkedOrRecorded(string skipped)
    {
        var article = Article($"{skipped}<p id=\"after\">Azerbaijan</p>");
        var skippedBefore = article.FirstElementChild!.OuterHtml;

        var result = Link(article);

        Assert.Equal(skippedBefore, article.FirstElementChild!.OuterHtml);
        var mention = Assert.Single(result.Mentions);
        Assert.Equal(("after", 1), (mention.AnchorId, mention.Ordinal));
        Assert.Single(article.QuerySelectorAll("#after a.term"));
    }

    [Fact]
    public void ARootInsideASkippedElementIsLeftAlone()
    {
        var article = Article("<div data-no-glossary><section><p>Azerbaijan</p></section></div>");
        var section = article.QuerySelector("section")!;
        var result = Link(section);
        Assert.Empty(result.Mentions);
        Assert.Empty(article.QuerySelectorAll("a"));
    }
}
