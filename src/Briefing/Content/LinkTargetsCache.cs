using Briefing.Citations;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Seeds;

namespace Briefing.Content;

/// <summary>
/// Builds the link targets once per build from the articles, the outside sources and the glossary's slugs, however
/// many documents ask for them. <c>articlesPipeline</c> names the pipeline whose outputs carry the articles,
/// <c>sourcesPipeline</c> the one whose output carries the outside sources, and <c>termFilesPipeline</c> the one
/// whose outputs are the glossary's term files, unparsed: the slugs come from their names (<see cref="TermSlugs"/>),
/// so a term's definition, which may link another term by <c>xref:</c>, does not wait for the terms to be parsed.
/// </summary>
internal sealed class LinkTargetsCache(SiteUrls urls, string articlesPipeline, string sourcesPipeline, string termFilesPipeline)
{
    private readonly Lock _gate = new();
    private LinkTargetSources? _sources;
    private LinkTargets? _targets;

    public LinkTargets Get(IExecutionContext context)
    {
        lock (_gate)
        {
            if (_targets is null)
            {
                var settings = context.GetService<SiteSettings>();
                var articles = context.Outputs(articlesPipeline).Select(d => d.Require(SeedKeys.Article)).ToList();
                var glossarySlugs = GlossarySlugs(context).ToHashSet(StringComparer.Ordinal);
                _targets = new LinkTargets(
                    new CitationResolver(articles, urls, settings.MainArticle, settings.MainArticleLocation),
                    slug => glossarySlugs.Contains(slug) ? new XrefTarget(urls.Href($"glossary/{slug}/")) : null,
                    urls)
                {
                    Sources = context.Outputs(sourcesPipeline).Select(d => d.Get(CitationKeys.Sources)).OfType<SourceList>().FirstOrDefault() ?? SourceList.Empty,
                };
            }

            return _targets;
        }
    }

    /// <summary>
    /// What the targets are made from, for steps that cache their results: one object per build, so that a
    /// cache fingerprints it once however many documents depend on it.
    /// </summary>
    public LinkTargetSources CacheDependencies(IExecutionContext context)
    {
        lock (_gate)
        {
            return _sources ??= new LinkTargetSources(
                urls.BasePath, context.GetService<SiteSettings>().MainArticle, [.. GlossarySlugs(context).Order(StringComparer.Ordinal)], context.Outputs(articlesPipeline), context.Outputs(sourcesPipeline));
        }
    }

    private IEnumerable<string> GlossarySlugs(IExecutionContext context) =>
        context.Outputs(termFilesPipeline).Select(d => TermSlugs.Of(d.Source));
}
