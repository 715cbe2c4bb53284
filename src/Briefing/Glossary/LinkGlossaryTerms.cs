using Briefing.Core;
using Briefing.Glossary.Linking;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;
using Briefing.Seeds;

namespace Briefing.Glossary;

/// <summary>
/// Cross-links every page body to the glossary: one <see cref="TermLinker"/> per build over all terms, then each
/// page (article, home, summaries, timeline, other pages, term pages) linked on its own, in parallel. The
/// mentions go on the page as <see cref="GlossaryKeys.Mentions"/> for the term pages' backlinks. A term that
/// no page of the briefing mentions is reported as a warning; mentions on other term pages do not count.
/// </summary>
internal sealed class LinkGlossaryTerms : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var terms = inputs.Select(d => d.Get(GlossaryKeys.Term)).OfType<GlossaryTerm>().ToList();
        if (terms.Count == 0)
        {
            return inputs;
        }

        var urls = context.GetService<SiteUrls>();
        var linkable = terms.Select(t => new LinkableTerm(t.Slug, urls.Href(t.Path), t.ShortDefinition, [.. t.Names], t.CaseSensitive)).ToList();
        var bodies = new PageBodyLinker(CreateLinker(linkable, terms), linkable);
        var outputs = await new LinkEach(bodies, new LinkableTerms(linkable)).ExecuteAsync(inputs, context).ConfigureAwait(false);

        var mentioned = outputs
            .Where(d => d.Get(CoreKeys.Page)?.Kind is not { } kind || (kind != GlossaryKinds.Term && kind != GlossaryKinds.Index))
            .SelectMany(d => d.Get(GlossaryKeys.Mentions) ?? [])
            .Select(m => m.Slug)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var warning in GlossaryChecks.Unmentioned(terms, mentioned))
        {
            context.Report(warning);
        }

        return outputs;
    }

    /// <summary>Links one page; a page's links depend only on its body and on the terms (so a preview can reuse them).</summary>
    private sealed class LinkEach(PageBodyLinker bodies, LinkableTerms terms) : CachedForEachDocument
    {
        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([LinkPage(input, bodies)]);

        protected override object? CacheDependencies(Document input, IExecutionContext context) => terms;
    }

    /// <summary>The terms every page is linked against, as one value a cache fingerprints once per build.</summary>
    private sealed record LinkableTerms(IReadOnlyList<LinkableTerm> Terms);

    private static Document LinkPage(Document page, PageBodyLinker bodies)
    {
        if (!page.TryGet(CoreKeys.Page, out _))
        {
            return page;
        }

        var ownSlug = page.Get(GlossaryKeys.Term)?.Slug;
        var paragraphs = page.Get(SeedKeys.Article)?.Seed.Paragraphs
            .ToDictionary(p => p.Id, p => p.Number, StringComparer.Ordinal);
        var linked = bodies.Link(page.Content, ownSlug, id => paragraphs is not null && paragraphs.TryGetValue(id, out var n) ? n : null);
        return page.WithContent(linked.Html).With(GlossaryKeys.Mentions, linked.Mentions);
    }

    // The glossary's checks have already rejected shared names; this only guards against a check and the
    // matcher ever disagreeing, with a message that still names both files.
    private static TermLinker CreateLinker(List<LinkableTerm> linkable, List<GlossaryTerm> terms)
    {
        try
        {
            return new TermLinker(linkable);
        }
        catch (DuplicateTermPatternException ex)
        {
            var first = terms.First(t => t.Slug == ex.First.TermId);
            var second = terms.First(t => t.Slug == ex.Second.TermId);
            throw new DiagnosticException(
                $"the name '{ex.Second.Text}' is also a name of the term in {first.Location.File}",
                second.Location,
                "a name can link to only one term: remove it from one of the two files");
        }
    }
}
