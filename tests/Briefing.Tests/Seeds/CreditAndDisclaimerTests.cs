using Briefing.Seeds;

namespace Briefing.Tests.Seeds;

public sealed class CreditAndDisclaimerTests
{
    [Fact]
    public void CreditLabelsAreLowercaseAndMatchedIgnoringCase()
    {
        Assert.All(CreditLine.Labels, label => Assert.Equal(label.ToLowerInvariant(), label));
        Assert.True(CreditLine.TryParse("ФОТО: ТАСС", out var credit));
        Assert.Equal(new SeedCredit("ФОТО", "ТАСС"), credit);
    }

    [Fact]
    public void DecomposedAccentsInALabelStillMatch()
    {
        Assert.True(CreditLine.TryParse("Cre\u0301dit: AFP", out var credit));
        Assert.Equal("AFP", credit!.Value);
    }

    [Fact]
    public void ALongLineIsNeverACredit() =>
        Assert.False(CreditLine.TryParse("Photo: " + new string('x', CreditLine.MaxLength), out _));

    [Theory]
    [InlineData("Carnegie does not take institutional positions on public policy issues; the views represented herein are those of the author(s).")]
    [InlineData("The views expressed in this article are those of the author and do not necessarily reflect the position of the editors.")]
    [InlineData("Opinions are the author\u2019s own.")]
    [InlineData("Мнение автора может не совпадать с позицией редакции.")]
    public void RecognisesDisclaimers(string paragraph) => Assert.True(DisclaimerDetector.IsDisclaimer(paragraph));

    [Theory]
    [InlineData("The current standoff will likely die down without any lasting impact.")]
    [InlineData("Those of the author's generation remember the war.")]
    [InlineData("Positions hardened as necessarily reflected in the polls")]
    public void OrdinaryParagraphsAreNotDisclaimers(string paragraph) =>
        Assert.False(DisclaimerDetector.IsDisclaimer(paragraph));
}
