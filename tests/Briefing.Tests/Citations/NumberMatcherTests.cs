using Briefing.Citations;

namespace Briefing.Tests.Citations;

public class NumberMatcherTests
{
    [Fact]
    public void Finds_digits_shares_years_and_number_words_with_their_qualifiers()
    {
        var found = NumberMatcher.Find("About 46 percent come from Russia, where more than 300,000 live; murders fifteen years ago, in 2020.");

        Assert.Equal([46m, 300000m, 15m, 2020m], found.Select(n => n.Value));
        Assert.Equal([true, false, false, false], found.Select(n => n.IsPercent));
        Assert.Equal(["about", "more than", null, null], found.Select(n => n.Qualifier));
        Assert.Equal("46 percent", found[0].Written);
    }

    [Theory]
    [InlineData("46%", "about 46 percent of remittances", true)]
    [InlineData("15 years", "a series of murders that took place fifteen years ago", true)]
    [InlineData("300,000", "more than 300,000 Azerbaijanis", true)]
    [InlineData("46", "about 46 percent of remittances", false)]
    [InlineData("2003", "inherited his post back in 2003", true)]
    [InlineData("2004", "inherited his post back in 2003", false)]
    public void A_quantity_matches_however_it_is_written_but_a_share_only_a_share(string claim, string paragraph, bool states) =>
        Assert.Equal(states, NumberMatcher.States(paragraph, NumberMatcher.Find(claim).Single()));

    [Theory]
    [InlineData("the second Karabakh war")]
    [InlineData("one of the biggest suppliers")]
    [InlineData("a Boeing737 or twofold")]
    public void Ordinals_one_and_numbers_inside_words_are_not_numbers(string text) =>
        Assert.Empty(NumberMatcher.Find(text));
}
