using Briefing.Seeds;
using static Briefing.Tests.Glossary.Linking.LinkerPages;

namespace Briefing.Tests.Glossary.Linking;

public class TermMentionSectionTests
{
    [Fact]
    public void A_mention_knows_the_id_of_the_last_heading_before_it()
    {
        var article = Article(
            "<p>Russia</p><h2 id=\"a\">A</h2><section><p>Azerbaijan</p><h3 id=\"b\">B</h3></section><p>Karabakh</p>"
            + "<h2>Untitled</h2><p>Heydar Aliyev</p><div><h4 id=\"c\">C</h4>CSTO</div>");

        var result = Link(article);

        Assert.Equal(
            [("russia", null), ("azerbaijan", "a"), ("nagorno-karabakh", "b"), ("heydar-aliyev", null), ("csto", "c")],
            result.Mentions.Select(m => (m.Slug, m.SectionId)));
    }
}
