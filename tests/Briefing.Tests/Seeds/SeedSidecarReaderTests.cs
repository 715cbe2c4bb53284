using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;

namespace Briefing.Tests.Seeds;

public sealed class SeedSidecarReaderTests
{
    private const string File = "seeds/sample.yml";

    private static SeedSidecar Parse(string yaml) => SeedSidecarReader.Parse(yaml, File);

    private static Diagnostic SingleError(string yaml)
    {
        var error = Assert.Throws<DiagnosticException>(() => Parse(yaml));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.NotNull(diagnostic.Hint);
        return diagnostic;
    }

    [Fact]
    public void ReadsEveryKey()
    {
        var sidecar = Parse("""
            # metadata the text lacks
            source_url: https://example.org/2025/07/article?id=1
            publisher: Example Endowment
            author: "Jane Doe"
            slug: why-azerbaijan-2025
            language: en-GB
            title: 'Override: a title'
            """);

        Assert.Equal(
            new SeedSidecar("https://example.org/2025/07/article?id=1", "Example Endowment", "Jane Doe",
                "why-azerbaijan-2025", "en-GB", "Override: a title"),
            sidecar);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("author:\nslug: ~\ntitle: null\npublisher: ''\n")]
    public void AbsentValuesStayNull(string yaml) => Assert.Equal(SeedSidecar.Empty, Parse(yaml));

    [Fact]
    public void OnlyGivenValuesAreSet()
    {
        var sidecar = Parse("author: Jane Doe\n");

        Assert.Equal(SeedSidecar.Empty with { Author = "Jane Doe" }, sidecar);
    }

    [Fact]
    public void UnknownKeyNamesTheExpectedKeysAndItsPosition()
    {
        var diagnostic = SingleError("title: T\n  \nautor: Jane Doe\n");

        Assert.Equal(
            "unknown key 'autor'; expected one of: source_url, publisher, author, slug, language, title",
            diagnostic.Message);
        Assert.Equal(new SourceLocation(File, 3, 1), diagnostic.Location);
    }

    [Theory]
    [InlineData("slug: Bad_Slug")]
    [InlineData("slug: has space")]
    [InlineData("slug: -leading")]
    [InlineData("slug: double--hyphen")]
    [InlineData("slug: ünïcode")]
    public void BadSlugIsAnErrorAtTheValue(string line)
    {
        var diagnostic = SingleError("author: A\n" + line + "\n");

        Assert.StartsWith("slug '", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(File, 2, 7), diagnostic.Location);
    }

    [Theory]
    [InlineData("example.org/article")]
    [InlineData("/2025/07/article")]
    [InlineData("ftp://example.org/article")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("file:///C:/articles/article.html")]
    public void BadSourceUrlIsAnErrorAtTheValue(string url)
    {
        var diagnostic = SingleError($"source_url: {url}\n");

        Assert.Contains("absolute http or https URL", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(File, 1, 13), diagnostic.Location);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("en_GB")]
    [InlineData("e")]
    public void BadLanguageIsAnError(string language) =>
        Assert.Contains("language tag", SingleError($"language: {language}").Message, StringComparison.Ordinal);

    [Fact]
    public void ListValueIsAnError()
    {
        var diagnostic = SingleError("author:\n  - A\n  - B\n");

        Assert.Contains("single text value", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location!.Line);
    }

    [Fact]
    public void EveryMistakeIsReportedAtOnce()
    {
        var error = Assert.Throws<DiagnosticException>(() => Parse("autor: A\nslug: X\nsource_url: nowhere\n"));

        Assert.Equal([1, 2, 3], error.Diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void MalformedYamlIsAnErrorWithPosition()
    {
        var diagnostic = SingleError("author: A\ntitle: \"unclosed\n");

        Assert.StartsWith("invalid YAML", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(File, diagnostic.Location!.File);
        Assert.True(diagnostic.Location.Line >= 2, diagnostic.Location.ToString());
    }

    [Fact]
    public void DuplicateKeyIsAnError()
    {
        var error = Assert.Throws<DiagnosticException>(() => Parse("author: A\nauthor: B\n"));

        Assert.Equal(2, Assert.Single(error.Diagnostics).Location!.Line);
    }

    [Theory]
    [InlineData("- author\n- slug\n")]
    [InlineData("just text\n")]
    public void RootMustBeAMapping(string yaml) =>
        Assert.Contains("mapping", SingleError(yaml).Message, StringComparison.Ordinal);

    [Fact]
    public void SecondDocumentIsAnError() =>
        Assert.Equal(3, SingleError("author: A\n---\nslug: b\n").Location!.Line);
}
