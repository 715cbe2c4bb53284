using Briefing.Citations;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Content;

/// <summary>
/// Turns each Markdown file of <c>input/</c> into a page: front matter read and checked, drafts dropped unless
/// asked for, links rewritten (citations, glossary xrefs, base path), Markdown rendered to the body HTML.
/// </summary>
internal sealed class RenderMarkdownPages : CachedForEachDocument
{
    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var markdown = context.GetService<MarkdownParser>();
        MarkdownNesting.Check(input.Content, input.Source);
        var document = markdown.Parse(input.Content, input.Source);
        var frontMatter = MarkdownParser.FrontMatter(document, input.Content) is { } fm
            ? PageFrontMatterReader.Read(fm.Yaml, input.Source, fm.FirstLine)
            : new PageFrontMatter();

        if (frontMatter.Draft && !context.GetService<BuildOptions>().IncludeDrafts)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var title = frontMatter.Title ?? throw new DiagnosticException(
            "the page has no title",
            new SourceLocation(input.Source, 1, 1),
            "start the file with front matter:\n---\ntitle: My page\n---");

        foreach (var warning in PlaceholderBlocks.Process(document, input.Content, input.Source, context.GetService<BuildOptions>().IncludeDrafts))
        {
            context.Report(warning);
        }

        var targets = context.GetService<LinkTargetsCache>().Get(context);
        var numberWarnings = NumberCheck.Check(ClaimReader.Read(document, input.Source, targets.Citations));
        var links = MarkdownLinkRewriter.Rewrite(document, input.Source, targets, frontMatter.Article);
        var (kind, path) = KindAndPath(input.Source, context.GetService<PageKinds>());
        if (frontMatter.Permalink is { } permalink)
        {
            path = PageFrontMatterReader.ToPagePath(permalink);
        }

        var page = Page.Of(kind, title, path, input.Source) with
        {
            Layout = frontMatter.Layout ?? kind.DefaultLayout,
            LayoutLocation = frontMatter.Layout is null ? null : frontMatter.LayoutLocation,
            Description = frontMatter.Description,
            Order = frontMatter.Order,
            Date = frontMatter.Date,
            RedirectFrom = [.. frontMatter.RedirectFrom.Select(PageFrontMatterReader.ToPagePath)],
            Searchable = frontMatter.Search,
            Image = frontMatter.Image is { } image ? new PageImage(image.TrimStart('/'), frontMatter.ImageAlt, frontMatter.ImageLocation) : null,
        };

        var html = markdown.Render(document, input.Source);
        return Task.FromResult<IReadOnlyList<Document>>(
        [
            input.WithContent(html).With(CoreKeys.Page, page)
                .With(ContentKeys.CitedParagraphs, CitedParagraphs(links.Citations))
                .With(CitationKeys.ContextSources, SourceView.Listed(links.Sources))
                .With(CitationKeys.NumberWarnings, numberWarnings) with { Destination = page.Destination },
        ]);
    }

    protected override object? CacheDependencies(Document input, IExecutionContext context) =>
        new object[] { context.GetService<BuildOptions>().IncludeDrafts, context.GetService<PageKinds>(), context.GetService<LinkTargetsCache>().CacheDependencies(context) };

    /// <summary>The distinct paragraphs a page cites, in article order, for its "Read in the article" box.</summary>
    private static IReadOnlyList<CitationView> CitedParagraphs(IReadOnlyList<Citation> citations) =>
    [
        .. citations
            .DistinctBy(c => c.Href, StringComparer.Ordinal)
            .OrderBy(c => c.Article.Slug, StringComparer.Ordinal)
            .ThenBy(c => c.Paragraph.Number)
            .Select(CitationView.From),
    ];

    /// <summary>
    /// The kind that names the file (input/index.md is home, input/summaries/x.md a summary, input/timeline.md
    /// the timeline: see <see cref="PageKind.AuthoredAs"/>), else a plain page; the path follows the file's,
    /// input/index.md at the site's root.
    /// </summary>
    private static (PageKind Kind, string Path) KindAndPath(string source, PageKinds kinds)
    {
        var relative = source[(SiteFolders.Input + "/").Length..];
        var withoutExtension = relative[..^Path.GetExtension(relative).Length];
        var kind = kinds.AuthoredAs(withoutExtension) ?? ContentKinds.Page;
        if (withoutExtension == "index")
        {
            return (kind, "");
        }

        var path = (withoutExtension.EndsWith("/index", StringComparison.Ordinal) ? withoutExtension[..^"index".Length] : withoutExtension + "/")
            .ToLowerInvariant();
        return (kind, path);
    }
}
