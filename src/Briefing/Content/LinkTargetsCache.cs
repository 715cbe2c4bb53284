using Briefing.Citations;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Seeds;
using Briefing.Site;

namespace Briefing.Content;

/// <summary>
/// Builds the link targets once per build from the articles (and, once read, the glossary's slugs), however many
/// documents ask for them. Glossary files themselves may cite paragraphs but link terms only by xref to slugs
/// known from file names, so they do not wait for each other.
/// </summary>
public sealed class LinkTargetsCache(SiteUrls urls, IReadOnlySet<string> glossarySlugs)
{
    private readonly Lock _gate = new();
    private readonly string[] _slugs = [.. glossarySlugs.Order(StringComparer.Ordinal)];
    private LinkTargets? _targets;

    public LinkTargets Get(IExecutionContext context)
    {
        lock (_gate)
        {
            if (_targets is null)
            {
                var articles = context.Outputs(SitePipelines.Seeds).Select(d => d.Require<Article>(MetadataKeys.Article)).ToList();
                _targets = new LinkTargets(
                    new CitationResolver(articles, urls),
                    slug => glossarySlugs.Contains(slug) ? new XrefTarget(urls.Href($"glossary/{slug}/")) : null,
                    urls);
            }

            return _targets;
        }
    }

    /// <summary>What the targets are made from (base path, glossary slugs, articles), for steps that cache their results.</summary>
    public object CacheDependencies(IExecutionContext context) =>
        new object[] { urls.BasePath, _slugs, context.Outputs(SitePipelines.Seeds) };
}
