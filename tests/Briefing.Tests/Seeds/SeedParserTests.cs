using System.Text;
using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;

namespace Briefing.Tests.Seeds;

public sealed class SeedParserTests
{
    private const string File = "seeds/sample.txt";

    private const string Full = """
        Photo: Agency

        A Title

        A standfirst.

        Published on July 7, 2025

        First paragraph.

        Second paragraph.

        The views expressed are those of the author and do not necessarily reflect the publisher's.
        """;

    private static SeedParseResult Parse(string text) => SeedParser.Parse(text, File);

    [Fact]
    public void FullSeedHasEveryPart()
    {
        var result = Parse(Full);

        Assert.Equal(
            new SeedArticle("A Title", "A standfirst.", new DateOnly(2025, 7, 7), "Published on July 7, 2025",
                new SeedCredit("Photo", "Agency"), result.Article.Paragraphs,
                "The views expressed are those of the author and do not necessarily reflect the publisher's."),
            result.Article);
        Assert.Equal(
            [new SeedParagraph(1, "First paragraph.", 9, 1), new SeedParagraph(2, "Second paragraph.", 11, 1)],
            result.Article.Paragraphs);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void WithoutCreditTheFirstLineIsTheTitle()
    {
        var article = Parse(Full.Replace("Photo: Agency\n\n", "", StringComparison.Ordinal)).Article;

        Assert.Null(article.Credit);
        Assert.Equal("A Title", article.Title);
        Assert.Equal("A standfirst.", article.Dek);
        Assert.Equal(7, article.Paragraphs[0].Line);
    }

    [Theory]
    [InlineData("Фото: Getty Images", "Фото", "Getty Images")]
    [InlineData("PHOTO: AP", "PHOTO", "AP")]
    [InlineData("Credit: Reuters/Jane Doe", "Credit", "Reuters/Jane Doe")]
    [InlineData("Foto:  dpa ", "Foto", "dpa")]
    [InlineData("Photograph: A. Person", "Photograph", "A. Person")]
    [InlineData("Image: Wikimedia Commons", "Image", "Wikimedia Commons")]
    [InlineData("Crédit photo : AFP", "Crédit photo", "AFP")]
    [InlineData("FOTOĞRAF: AA", "FOTOĞRAF", "AA")]
    public void CreditLabelsInSeveralLanguages(string line, string label, string value)
    {
        var article = Parse(line + "\n\n" + Full.Split('\n', 3)[2]).Article;

        Assert.Equal(new SeedCredit(label, value), article.Credit);
        Assert.Equal("A Title", article.Title);
    }

    [Theory]
    [InlineData("Note: this is not a credit")]
    [InlineData("Photo:")]
    [InlineData("Photographers: a title about them")]
    public void ALineThatIsNotACreditIsTheTitle(string line)
    {
        var article = Parse(line + "\n\nA standfirst.\n\nJuly 7, 2025\n\nBody.").Article;

        Assert.Null(article.Credit);
        Assert.Equal(line, article.Title);
    }

    [Theory]
    [InlineData("Published July 7, 2025")]
    [InlineData("July 7, 2025")]
    [InlineData("7 July 2025")]
    [InlineData("2025-07-07")]
    [InlineData("Updated 2025-07-07")]
    public void OtherDatelineFormats(string dateline)
    {
        var article = Parse(Full.Replace("Published on July 7, 2025", dateline, StringComparison.Ordinal)).Article;

        Assert.Equal(new DateOnly(2025, 7, 7), article.Date);
        Assert.Equal(dateline, article.DateText);
        Assert.Equal("A standfirst.", article.Dek);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void DatelineRightAfterTheTitleMeansNoDek()
    {
        var result = Parse("A Title\n\n7 July 2025\n\nFirst.\n\nSecond.");

        Assert.Null(result.Article.Dek);
        Assert.Equal(new DateOnly(2025, 7, 7), result.Article.Date);
        Assert.Equal(["First.", "Second."], result.Article.Paragraphs.Select(p => p.Text));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void HeaderWithoutBlankLinesIsStillRecognised()
    {
        var article = Parse("A Title\nA standfirst\non two lines.\nJuly 7, 2025\nFirst.\n\nSecond.").Article;

        Assert.Equal("A standfirst on two lines.", article.Dek);
        Assert.Equal(new DateOnly(2025, 7, 7), article.Date);
        Assert.Equal([new SeedParagraph(1, "First.", 5, 1), new SeedParagraph(2, "Second.", 7, 1)], article.Paragraphs);
    }

    [Fact]
    public void WithoutDatelineThereIsNoDekAndAWarningPointsAtTheFirstParagraph()
    {
        var result = Parse("A Title\n\nMaybe a standfirst.\n\nFirst.\n\nSecond.");

        Assert.Null(result.Article.Dek);
        Assert.Null(result.Article.Date);
        Assert.Null(result.Article.DateText);
        Assert.Equal(["Maybe a standfirst.", "First.", "Second."], result.Article.Paragraphs.Select(p => p.Text));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation(File, 3, 1), warning.Location);
        Assert.Contains("no dateline", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Published on July 7, 2025", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateLineDeepInTheBodyIsBodyText()
    {
        var article = Parse("A Title\n\nFirst.\n\nSecond.\n\nJuly 7, 2025").Article;

        Assert.Null(article.Date);
        Assert.Equal(["First.", "Second.", "July 7, 2025"], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void UnrecognisedStructureStillParsesWithWarnings()
    {
        var longLine = string.Concat(Enumerable.Repeat("This reads like a paragraph. ", 10)).Trim();
        var result = Parse($"{longLine}\n\nAnother paragraph.");

        Assert.Equal(longLine, result.Article.Title);
        Assert.Equal(["Another paragraph."], result.Article.Paragraphs.Select(p => p.Text));
        var titleWarning = Assert.Single(result.Warnings, w => w.Message.Contains("title", StringComparison.Ordinal) && w.Location!.Line == 1);
        Assert.Contains("title:", titleWarning.Hint, StringComparison.Ordinal);
        Assert.Contains("seeds/sample.yml", titleWarning.Hint, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("no dateline", StringComparison.Ordinal));
    }

    [Fact]
    public void TitleOnlyWarnsThatThereIsNoBody()
    {
        var result = Parse("\n\n  Just a title  \n");

        Assert.Equal("Just a title", result.Article.Title);
        Assert.Empty(result.Article.Paragraphs);
        Assert.Contains(result.Warnings, w => w.Message.Contains("no body paragraphs", StringComparison.Ordinal) &&
            w.Location == new SourceLocation(File, 3, 3));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void EmptySeedIsAnErrorAtLineOne(string text)
    {
        var error = Assert.Throws<DiagnosticException>(() => Parse(text));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new SourceLocation(File, 1, 1), diagnostic.Location);
        Assert.Contains("empty", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Hint);
    }

    [Fact]
    public void CreditWithoutTitleIsAnErrorAtTheCredit()
    {
        var error = Assert.Throws<DiagnosticException>(() => Parse("\n  Photo: Agency\n\n"));

        Assert.Equal(new SourceLocation(File, 2, 3), Assert.Single(error.Diagnostics).Location);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void LineBreaksOfAnyKindGiveTheSameArticle(string newline)
    {
        var reference = Parse(Full).Article;

        var article = Parse(Full.Replace("\n", newline, StringComparison.Ordinal)).Article;

        Assert.Equal(reference with { Paragraphs = [] }, article with { Paragraphs = [] });
        Assert.Equal(reference.Paragraphs, article.Paragraphs);
    }

    [Fact]
    public void ByteOrderMarkDoesNotLeakIntoTheTitleFromBytesOrString()
    {
        var text = "A Title\n\nJuly 7, 2025\n\nBody.";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal("A Title", SeedParser.Parse(bytes, File).Article.Title);
        Assert.Equal("A Title", Parse("\uFEFF" + text).Article.Title);
        Assert.Equal(new SeedParagraph(1, "Body.", 5, 1), SeedParser.Parse(bytes, File).Article.Paragraphs[0]);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorAtTheBadByte()
    {
        byte[] bytes = [.. "A Title\n\nOK \u00e9"u8, 0xFF, .. " rest"u8];

        var error = Assert.Throws<DiagnosticException>(() => SeedParser.Parse(bytes, File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation(File, 3, 5), diagnostic.Location);
        Assert.Contains("0xFF", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMarkDoesNotCountInTheColumnOfAnEncodingError()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xC3];

        var error = Assert.Throws<DiagnosticException>(() => SeedParser.Parse(bytes, File));

        Assert.Equal(new SourceLocation(File, 1, 3), Assert.Single(error.Diagnostics).Location);
    }

    [Fact]
    public void LinesOfAParagraphAreJoinedBySingleSpacesAndCharactersKept()
    {
        var article = Parse("T\n\nJuly 7, 2025\n\n   \u201cQuoted\u201d  text \u2014\n\t wrapped\u2013line  \n  end.\n").Article;

        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal("\u201cQuoted\u201d  text \u2014 wrapped\u2013line end.", paragraph.Text);
        Assert.Equal(5, paragraph.Line);
        Assert.Equal(4, paragraph.Column);
    }

    [Fact]
    public void MarkupIsKeptVerbatimAsText()
    {
        const string Script = "<script>alert('x')</script> & <b>bold</b> &amp;";

        var article = Parse($"<i>Title</i>\n\n<p>dek</p>\n\nJuly 7, 2025\n\n{Script}").Article;

        Assert.Equal("<i>Title</i>", article.Title);
        Assert.Equal("<p>dek</p>", article.Dek);
        Assert.Equal(Script, Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void ABodyParagraphQuotingADisclaimerPhraseIsNotADisclaimer()
    {
        var longParagraph = "Officials said the figures do not necessarily reflect the views of the ministry. " +
            string.Concat(Enumerable.Repeat("More reporting followed. ", 30));

        var article = Parse($"T\n\nJuly 7, 2025\n\nFirst.\n\n{longParagraph.Trim()}").Article;

        Assert.Null(article.Disclaimer);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void OnlyTheLastParagraphCanBeTheDisclaimer()
    {
        const string Disclaimer = "The views expressed here are the author\u2019s own.";

        var article = Parse($"T\n\nJuly 7, 2025\n\n{Disclaimer}\n\nLast.").Article;

        Assert.Null(article.Disclaimer);
        Assert.Equal([Disclaimer, "Last."], article.Paragraphs.Select(p => p.Text));
    }
}
