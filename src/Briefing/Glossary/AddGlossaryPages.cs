using Briefing.Citations;
using Briefing.Content;
using Briefing.Core;
using Briefing.Pipeline;

namespace Briefing.Glossary;

/// <summary>
/// Adds the glossary's pages: the A–Z index at <c>glossary/</c> and one page per term at <c>glossary/&lt;slug&gt;/</c>
/// whose body is the term's long definition. They join the other pages before cross-linking, so term
/// definitions are linked to other terms like any page. An authored <c>input/glossary.md</c> becomes the
/// index's introduction instead of a second page at the same address.
/// </summary>
internal sealed class AddGlossaryPages(string glossaryPipeline) : IModule
{
    public const string IndexPath = "glossary/";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var terms = context.Outputs(glossaryPipeline)
            .Select(d => d.Require(GlossaryKeys.Term))
            .OrderBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
        if (terms.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var authored = inputs.FirstOrDefault(d => d.Get(CoreKeys.Page)?.Path == IndexPath);
        IReadOnlyList<Document> pages =
        [
            .. inputs.Where(d => d != authored),
            authored is null ? NewIndex() : AsIndex(authored),
            .. terms.Select(TermPage),
        ];
        return Task.FromResult(pages);
    }

    private static Document NewIndex()
    {
        var page = Page.Of(GlossaryKinds.Index, "Glossary", IndexPath, SiteFolders.Glossary) with
        {
            Description = "The people, places, organisations and ideas the briefing names, A to Z, each with a one-line definition and the paragraphs that mention it.",
        };
        return page.ToDocument();
    }

    private static Document AsIndex(Document authored)
    {
        var page = authored.Require(CoreKeys.Page);
        var layout = page.Layout == ContentKinds.Page.DefaultLayout ? GlossaryKinds.Index.DefaultLayout : page.Layout;
        return authored.With(CoreKeys.Page, page with { Kind = GlossaryKinds.Index, Layout = layout });
    }

    private static Document TermPage(GlossaryTerm term)
    {
        var page = Page.Of(GlossaryKinds.Term, term.Term, term.Path, term.Location.File) with
        {
            Description = term.ShortDefinition,
            RedirectFrom = term.RedirectFrom,
            Searchable = term.Searchable,
        };
        return page.ToDocument(term.DefinitionHtml).With(GlossaryKeys.Term, term)
            .With(CitationKeys.ContextSources, SourceView.Listed(term.ContextSources));
    }
}
