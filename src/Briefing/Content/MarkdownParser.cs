using Briefing.Pipeline.Diagnostics;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Briefing.Content;

/// <summary>
/// The one Markdown configuration of the site, built once: CommonMark plus the advanced extensions
/// (tables, heading ids, custom containers, attributes), YAML front matter and precise source positions
/// so that a bad citation can be reported at its line and column.
/// </summary>
internal sealed class MarkdownParser
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, _pipeline);

    /// <summary>Parses a file's Markdown; nesting beyond Markdig's own limit is a located error, not an exception.</summary>
    public MarkdownDocument Parse(string markdown, string file) => Guard(() => Parse(markdown), file);

    /// <inheritdoc cref="Render(MarkdownDocument)"/>
    public string Render(MarkdownDocument document, string file) => Guard(() => Render(document), file);

    // Markdig refuses too deep nesting with a plain ArgumentException; the scan of MarkdownNesting usually stops
    // such a page first, at its line.
    private static T Guard<T>(Func<T> step, string file)
    {
        try
        {
            return step();
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new DiagnosticException(
                $"nested too deeply, at most {MarkdownNesting.MaxDepth} levels of block quotes, lists and inline markup",
                new SourceLocation(file, 1, 1),
                "flatten the structure; a page never needs that many levels");
        }
    }

    // Markdig's own renderer cache of the pipeline: setting up a fresh renderer with every extension cost about as
    // much as rendering a page.
    public string Render(MarkdownDocument document) => Markdown.ToHtml(document, _pipeline);

    /// <summary>The front matter's YAML and the 0-based line it starts on, if the document has one.</summary>
    public static (string Yaml, int FirstLine)? FrontMatter(MarkdownDocument document, string markdown)
    {
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is not { } block)
        {
            return null;
        }

        var lines = block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString());
        return (string.Join('\n', lines), block.Line + 1);
    }
}
