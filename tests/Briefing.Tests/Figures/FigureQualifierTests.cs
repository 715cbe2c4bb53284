using Briefing.Figures;

namespace Briefing.Tests.Figures;

public class FigureQualifierTests
{
    [Theory]
    [InlineData("About 46% of remittances", "about", true)]
    [InlineData("More than 300,000 Azerbaijanis", "more than", true)]
    [InlineData("more  than 300,000", "more than", true)]
    [InlineData("46% of remittances", "about", false)]
    [InlineData("Roundabout 46%", "about", false)]
    [InlineData("Over 300,000", "over", true)]
    [InlineData("Overall 300,000", "over", false)]
    public void A_qualifier_is_kept_as_whole_words_in_any_case(string label, string qualifier, bool kept) =>
        Assert.Equal(kept, FigureCheck.Keeps(label, qualifier));
}
