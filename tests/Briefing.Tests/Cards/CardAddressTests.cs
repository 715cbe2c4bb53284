using Briefing.Cards;

namespace Briefing.Tests.Cards;

public sealed class CardAddressTests
{
    [Theory]
    [InlineData("", "cards/index.png")]
    [InlineData("summaries/outlook/", "cards/summaries/outlook.png")]
    [InlineData("summaries/", "cards/summaries.png")]
    [InlineData("glossary/baku/", "cards/glossary/baku.png")]
    [InlineData("404.html", "cards/404.png")]
    public void A_card_is_named_after_its_page(string pagePath, string card) =>
        Assert.Equal(card, CardAddress.For(pagePath));
}
