using Briefing.Citations;
using Briefing.Core;
using Briefing.Pipeline;

namespace Briefing.Glossary;

/// <summary>
/// Gives the glossary's pages what their layouts show, once every page is linked: the A–Z index its entries,
/// and each term page its aliases, see-also links, sources and "Mentioned in" backlinks, with JSON-LD.
/// </summary>
internal sealed class AddGlossaryViews : IModule
{
    public const string ScriptAsset = "assets/glossary.js";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var terms = TermSortKey.Sort(inputs.Select(d => d.Get(GlossaryKeys.Term)).OfType<GlossaryTerm>()).ToList();
        var index = inputs.Select(d => d.Get(CoreKeys.Page)).FirstOrDefault(p => p?.Kind == GlossaryKinds.Index);
        if (terms.Count == 0 || index is null)
        {
            return Task.FromResult(inputs);
        }

        var urls = context.GetService<SiteUrls>();
        var setName = $"{index.Title} · {context.GetService<SiteSettings>().Title}";
        var setUrl = urls.Absolute(index.Path);
        var backlinks = Backlinks.Collect(
            inputs
                .Where(d => d.TryGet(CoreKeys.Page, out _))
                .Select(d => (d.Require(CoreKeys.Page), d.Get(GlossaryKeys.Mentions) ?? [])),
            urls,
            urls.Href(index.Path));
        var bySlug = terms.ToDictionary(t => t.Slug, StringComparer.Ordinal);

        TermLinkView LinkTo(GlossaryTerm term) => new(term.Slug, term.Term, urls.Href(term.Path), term.ShortDefinition);

        TermPageView TermView(GlossaryTerm term)
        {
            var groups = backlinks.GetValueOrDefault(term.Slug) ?? [];
            var listed = MentionList.Limit(groups);
            return new TermPageView(
                term.Slug,
                term.Term,
                term.Aliases,
                term.ShortDefinition,
                [.. term.SeeAlso.Select(s => bySlug.GetValueOrDefault(s.Slug)).OfType<GlossaryTerm>().Select(LinkTo)],
                [.. term.Sources.DistinctBy(c => c.Href, StringComparer.Ordinal).Select(CitationView.From)],
                listed.Groups,
                groups.Sum(g => g.Mentions.Count),
                urls.Href(index.Path),
                GlossaryJsonLd.DefinedTerm(term, urls.Absolute(term.Path), setName, setUrl),
                listed.Unlisted);
        }

        var indexView = GlossaryIndexView.From(
            [.. terms.Select(t => new TermEntryView(t.Slug, t.Term, urls.Href(t.Path), t.ShortDefinition, t.Aliases, FilterText(t)))],
            urls.Href(ScriptAsset),
            GlossaryJsonLd.TermSet(setName, setUrl, terms.Select(t => (t, urls.Absolute(t.Path)))));

        IReadOnlyList<Document> outputs =
        [
            .. inputs.Select(d => d.Get(CoreKeys.Page)?.Kind switch
            {
                { } kind when kind == GlossaryKinds.Index => d.With(GlossaryKeys.IndexView, indexView),
                { } kind when kind == GlossaryKinds.Term && d.Get(GlossaryKeys.Term) is { } term => d.With(GlossaryKeys.TermPage, TermView(term)),
                _ => d,
            }),
        ];
        return Task.FromResult(outputs);
    }

    private static string FilterText(GlossaryTerm term) => string.Join(' ', term.Names).ToLowerInvariant();
}
