namespace Briefing.Tests.Snapshots;

public sealed class HtmlSnapshotTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task EquivalentMarkupComparesEqualWhateverTheWhitespaceBetweenTags()
    {
        const string compact = "<!DOCTYPE html><html lang=\"en\"><head><title>Briefing</title></head><body><main><h1>Title</h1><p>Some <em>text</em>.</p></main></body></html>";
        const string spread = """
            <!DOCTYPE html>
            <html lang="en">
                <head>
                    <title>Briefing</title>
                </head>
                <body>
                    <main>
                        <h1>
                            Title
                        </h1>
                        <p>Some
                           <em>text</em>.</p>
                    </main>
                </body>
            </html>
            """;
        var verifier = new SnapshotVerifier(new RecordingDiffLauncher(), new DiffLaunchPolicy(_ => "true", () => true));
        var location = new SnapshotLocation(_temp.Path, "Page", "Renders");
        File.WriteAllText(location.VerifiedFile("html"), HtmlPrettyPrinter.Format(compact));

        await verifier.VerifyHtmlAsync(location, spread);

        Assert.False(File.Exists(location.ReceivedFile("html")));
    }

    [Fact]
    public void DocumentIsLaidOutOneBlockPerLine()
    {
        var formatted = HtmlPrettyPrinter.Format("<!doctype html><html><head><meta charset=utf-8><title>T</title></head><body><div class=\"a\" id=\"b\"><p>x</p><p>y <b>z</b></p></div></body></html>");

        Assert.Equal(
            """
            <!DOCTYPE html>
            <html>
              <head>
                <meta charset="utf-8">
                <title>T</title>
              </head>
              <body>
                <div class="a" id="b">
                  <p>x</p>
                  <p>y <b>z</b></p>
                </div>
              </body>
            </html>

            """,
            formatted);
    }

    [Fact]
    public void FragmentIsParsedInBodyContextWithoutAddingADocument()
    {
        var formatted = HtmlPrettyPrinter.Format("  <li>one</li>\n<li>two</li>  text <a href='#p1'>p1</a>");

        Assert.Equal("<li>one</li>\n<li>two</li>\ntext <a href=\"#p1\">p1</a>\n", formatted);
    }

    [Fact]
    public void LeadingCommentDoesNotHideTheDoctype()
    {
        Assert.Equal(
            "<!-- generated -->\n<!DOCTYPE html>\n<html>\n  <head></head>\n  <body>x</body>\n</html>\n",
            HtmlPrettyPrinter.Format("<!-- generated -->\n<!DOCTYPE html><body>x"));
    }

    [Fact]
    public void AttributesKeepTheirParsedOrder()
    {
        Assert.Equal("<p title=\"t\" id=\"x\" class=\"c\">a</p>\n", HtmlPrettyPrinter.Format("<p title=t id=x class=c>a</p>"));
    }

    [Fact]
    public void SpaceBetweenInlineElementsIsSignificant()
    {
        var spaced = HtmlPrettyPrinter.Format("<p><a href=\"#p1\">p1</a> <a href=\"#p2\">p2</a></p>");
        var joined = HtmlPrettyPrinter.Format("<p><a href=\"#p1\">p1</a><a href=\"#p2\">p2</a></p>");

        Assert.NotEqual(spaced, joined);
        Assert.Equal("<p><a href=\"#p1\">p1</a> <a href=\"#p2\">p2</a></p>\n", spaced);
    }

    [Fact]
    public void PreformattedContentIsKeptExactlyAndEscaped()
    {
        var formatted = HtmlPrettyPrinter.Format("<div><pre>a\n   b &lt;c&gt;</pre></div>");

        Assert.Equal("<div>\n  <pre>a\n   b &lt;c&gt;</pre>\n</div>\n", formatted);
        Assert.NotEqual(formatted, HtmlPrettyPrinter.Format("<div><pre>a b &lt;c&gt;</pre></div>"));
    }

    [Fact]
    public void InlineElementHoldingABlockIsLaidOutAsABlock()
    {
        var formatted = HtmlPrettyPrinter.Format("<a href=\"/\"><div>card</div> more</a>");

        Assert.Equal("<a href=\"/\">\n  <div>card</div>\n  more\n</a>\n", formatted);
    }
}
