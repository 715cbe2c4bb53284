using Briefing.Tests.Support;
using Briefing.Seeds;

namespace Briefing.Tests.Seeds;

/// <summary>The seed shipped with the repository, parsed from its bytes exactly as received.</summary>
public sealed class RealSeedTests
{
    private const string SeedFile = "seeds/000_f49b7cf66e1737eb.txt";

    private static SeedParseResult Parse() =>
        SeedParser.Parse(File.ReadAllBytes(RepositoryFiles.PathOf(SeedFile)), SeedFile);

    [Fact]
    public void HeaderIsRecognised()
    {
        var article = Parse().Article;

        Assert.Equal("Why Is Azerbaijan Ramping Up Tensions With Russia?", article.Title);
        Assert.Equal(
            "By falling out with the Kremlin, Azerbaijan\u2019s authorities are trying to score points both at home and " +
            "internationally\u2014but all within boundaries that allow Russia to remain a key economic partner.",
            article.Dek);
        Assert.Equal(new DateOnly(2025, 7, 7), article.Date);
        Assert.Equal("Published on July 7, 2025", article.DateText);
        Assert.Equal(new SeedCredit("Фото", "Getty Images"), article.Credit);
    }

    [Fact]
    public void HasSeventeenNumberedParagraphsWithTheirSourceLines()
    {
        var paragraphs = Parse().Article.Paragraphs;

        Assert.Equal(17, paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, 17), paragraphs.Select(p => p.Number));
        Assert.StartsWith("In a matter of days", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The current standoff", paragraphs[16].Text, StringComparison.Ordinal);
        Assert.Equal("p17", paragraphs[16].Id);
        // Header on lines 1-7, then one paragraph every other line.
        Assert.Equal(Enumerable.Range(0, 17).Select(i => 9 + (2 * i)), paragraphs.Select(p => p.Line));
        Assert.All(paragraphs, p => Assert.Equal(1, p.Column));
    }

    [Fact]
    public void DisclaimerIsKeptApartFromTheBody()
    {
        var article = Parse().Article;

        Assert.NotNull(article.Disclaimer);
        Assert.StartsWith("Carnegie does not take institutional positions", article.Disclaimer, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("institutional positions", StringComparison.Ordinal));
    }

    [Fact]
    public void ParsesWithoutWarnings() => Assert.Empty(Parse().Warnings);

    [Fact]
    public void ParagraphTextIsTheSourceLineVerbatim()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf(SeedFile));

        Assert.All(Parse().Article.Paragraphs, p => Assert.Equal(lines[p.Line - 1], p.Text));
    }
}
