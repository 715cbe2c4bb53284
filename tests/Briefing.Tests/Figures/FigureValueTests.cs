using Briefing.Figures;
using Briefing.Tests.Support;

namespace Briefing.Tests.Figures;

public class FigureValueTests
{
    [Theory]
    [InlineData("46", "percent", "46%")]
    [InlineData("12.5", "percent", "12.5%")]
    [InlineData("300000", "count", "300,000")]
    [InlineData("1234567.25", "count", "1,234,567.25")]
    [InlineData("2020", "year", "2020")]
    public void Values_are_written_the_same_in_every_culture(string value, string kind, string expected)
    {
        foreach (var culture in new[] { "ru-RU", "de-DE", "ar-SA", "en-US" })
        {
            using var scope = new CultureScope(culture);
            Assert.Equal(expected, FigureValue.Format(FigureValue.Parse(value)!.Value, FigureValue.ParseKind(kind)!.Value));
        }
    }

    [Theory]
    [InlineData("300,000", 300000)]
    [InlineData("46%", 46)]
    [InlineData(" 12.5 ", 12.5)]
    public void Values_may_be_written_with_thousands_commas_or_a_percent_sign(string text, double expected)
    {
        using var scope = new CultureScope("de-DE");
        Assert.Equal((decimal)expected, FigureValue.Parse(text));
    }

    [Theory]
    [InlineData("forty")]
    [InlineData("46,5")]
    [InlineData("")]
    public void Other_text_is_not_a_value(string text) => Assert.Null(FigureValue.Parse(text));

    [Fact]
    public void A_share_bar_names_its_share_and_draws_the_part_to_scale()
    {
        using var scope = new CultureScope("de-DE");
        var svg = ShareBar.Svg(12.5m);
        Assert.Contains("role=\"img\" aria-label=\"A bar: 12.5% of the whole\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title>A bar: 12.5% of the whole</title>", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"share-part\" width=\"12.5\"", svg, StringComparison.Ordinal);
    }
}
