using Briefing.Content;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;
using Briefing.Site;

namespace Briefing.Seeds;

/// <summary>
/// Parses each seed text (with its optional sidecar <c>seeds/&lt;name&gt;.yml</c>) into an <see cref="Article"/>.
/// </summary>
public sealed class ParseSeeds : ForEachDocument
{
    protected override async Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var options = context.GetService<BuildOptions>();
        var parsed = SeedParser.Parse(input.Content, input.Source);
        foreach (var warning in parsed.Warnings)
        {
            context.Report(warning);
        }

        var sidecarFile = Path.ChangeExtension(input.Source, ".yml");
        var sidecarPath = Path.Combine(options.SiteRoot, sidecarFile);
        var sidecar = File.Exists(sidecarPath)
            ? SeedSidecarReader.Parse(await File.ReadAllTextAsync(sidecarPath, context.CancellationToken).ConfigureAwait(false), sidecarFile)
            : SeedSidecar.Empty;

        var title = sidecar.Title ?? parsed.Article.Title;
        var slug = sidecar.Slug ?? Slug.From(title);
        if (slug.Length == 0)
        {
            throw new DiagnosticException(
                $"no URL slug can be made from the title '{title}'",
                new SourceLocation(input.Source, 1, 1),
                $"add 'slug: my-article' to {sidecarFile}");
        }

        var article = new Article(slug, input.Source, parsed.Article, sidecar);
        var page = new Page
        {
            Kind = PageKinds.Article,
            Title = article.Title,
            Path = article.Path,
            Layout = PageKinds.Article,
            Description = parsed.Article.Dek,
            Date = parsed.Article.Date,
            SourceFile = input.Source,
        };
        return [input.With(MetadataKeys.Article, article).With(MetadataKeys.Page, page) with { Destination = page.Destination }];
    }
}
