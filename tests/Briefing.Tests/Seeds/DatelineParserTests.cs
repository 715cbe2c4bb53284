using Briefing.Tests.Support;
using Briefing.Seeds;

namespace Briefing.Tests.Seeds;

public sealed class DatelineParserTests
{
    private static readonly string[] Samples =
    [
        "Published on July 7, 2025",
        "Published July 7, 2025",
        "published on july 7, 2025",
        "PUBLISHED: JULY 7, 2025",
        "Updated on July 7, 2025",
        "July 7, 2025",
        "July 07, 2025",
        "July 7 2025",
        "Jul 7, 2025",
        "Jul. 7, 2025",
        "7 July 2025",
        "07 Jul 2025",
        "2025-07-07",
        "Updated 2025-07-07",
        "  Published on\u00a0July  7,\t2025  ",
    ];

    public static TheoryData<string> Datelines { get; } = new(Samples);

    [Theory]
    [MemberData(nameof(Datelines))]
    public void RecognisesDateline(string line)
    {
        Assert.True(DatelineParser.TryParse(line, out var date));
        Assert.Equal(new DateOnly(2025, 7, 7), date);
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    public void ResultDoesNotDependOnTheCurrentCulture(string culture)
    {
        using var scope = new CultureScope(culture);

        Assert.All(Samples, line =>
        {
            Assert.True(DatelineParser.TryParse(line, out var date), line);
            Assert.Equal(new DateOnly(2025, 7, 7), date);
        });
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void SeedDateDoesNotDependOnTheCurrentCulture(string culture)
    {
        using var scope = new CultureScope(culture);

        var article = SeedParser.Parse("Title\n\nDek.\n\nPublished on July 7, 2025\n\nBody.", "seeds/s.txt").Article;

        Assert.Equal(new DateOnly(2025, 7, 7), article.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Published")]
    [InlineData("Published on")]
    [InlineData("7 июля 2025")]
    [InlineData("July 32, 2025")]
    [InlineData("2025-13-01")]
    [InlineData("07/07/2025")]
    [InlineData("Publishedon July 7, 2025")]
    [InlineData("Published on July 7, 2025 by the editors")]
    [InlineData("In July 7, 2025 something happened")]
    [InlineData("July 2025")]
    public void RejectsWhatIsNotAWholeDateline(string line) =>
        Assert.False(DatelineParser.TryParse(line, out _));

    [Fact]
    public void RejectsNull() => Assert.False(DatelineParser.TryParse(null, out _));
}
