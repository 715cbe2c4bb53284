using Briefing.Core;
using Briefing.Tests.Seeds;
using Briefing.Tests.Support;
using CsCheck;

namespace Briefing.Tests.Content;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Why Is Azerbaijan Ramping Up Tensions With Russia?", "why-is-azerbaijan-ramping-up-tensions-with-russia")]
    [InlineData("  Azerbaijan\u2019s authorities \u2014 and Russia\u2019s  ", "azerbaijans-authorities-and-russias")]
    [InlineData("Crème brûlée à la Zürich", "creme-brulee-a-la-zurich")]
    [InlineData("Straße, Æsir, Øresund, Łódź", "strasse-aesir-oresund-lodz")]
    [InlineData("Почему Азербайджан обостряет отношения с Россией?", "pochemu-azerbaidzhan-obostryaet-otnosheniya-s-rossiei")]
    [InlineData("Съезд объявлен", "sezd-obyavlen")]
    [InlineData("ﬁnal ＡＢＣ ２０２５", "final-abc-2025")]
    [InlineData("COVID-19: 2025 -- A <b>Year</b>", "covid-19-2025-a-b-year-b")]
    [InlineData("東京 Tokyo 2025", "tokyo-2025")]
    [InlineData("---", "")]
    [InlineData("東京", "")]
    [InlineData("", "")]
    public void MakesSlugs(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("lt-LT")]
    public void DoesNotDependOnTheCurrentCulture(string culture)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal("istanbul-idea-iiii", Slug.From("ISTANBUL İdea IIİİ"));
    }

    [Fact]
    public void ResultIsAlwaysLowercaseAsciiWordsJoinedBySingleHyphens() =>
        Gen.String[0, 40].Sample(text =>
        {
            var slug = Slug.From(text);
            Assert.Matches("^([a-z0-9]+(-[a-z0-9]+)*)?$", slug);
            Assert.Equal(slug, Slug.From(slug));
        });
}
