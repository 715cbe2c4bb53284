using Briefing.Core;
using Briefing.Citations;
using Briefing.Pipeline.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Content;

/// <summary>
/// Rewrites the links of a parsed Markdown document before it is rendered: <c>cite:pN</c> becomes a ¶ chip to the
/// paragraph's permalink, <c>source:id</c> a context chip to an outside source of <c>input/data/sources.yml</c>, <c>xref:slug</c> a link to a glossary term (Statiq's convention), and site-absolute links
/// get the base path. Every bad link in the document is reported, not just the first.
/// </summary>
internal static class MarkdownLinkRewriter
{
    public const string XrefScheme = "xref:";
    public const string SourceScheme = SourceList.Scheme;

    /// <param name="pageArticle">The article the page's bare citations point to, when its front matter names one.</param>
    public static RewrittenLinks Rewrite(MarkdownDocument document, string file, LinkTargets targets, string? pageArticle = null)
    {
        var citations = new List<Citation>();
        var sources = new List<OutsideSource>();
        var errors = new List<Diagnostic>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var location = new SourceLocation(file, link.Line + 1, link.Column + 1);
            try
            {
                if (url.StartsWith(CitationResolver.Scheme, StringComparison.Ordinal))
                {
                    var citation = targets.Citations.Resolve(url[CitationResolver.Scheme.Length..], location, pageArticle);
                    citations.Add(citation);
                    link.Url = citation.Href;
                    link.Title = citation.OpeningWords;
                    var attributes = link.GetAttributes();
                    attributes.AddClass(HtmlClasses.Citation);
                    attributes.AddProperty("aria-label", $"Paragraph {citation.Paragraph.Number}: {citation.OpeningWords}");
                }
                else if (url.StartsWith(SourceScheme, StringComparison.Ordinal))
                {
                    var source = targets.Sources.Resolve(url[SourceScheme.Length..], location);
                    sources.Add(source);
                    link.Url = source.Url;
                    link.Title = source.Description;
                    var attributes = link.GetAttributes();
                    attributes.AddClass("context");
                    attributes.AddProperty("aria-label", source.AccessibleName);
                }
                else if (url.StartsWith(XrefScheme, StringComparison.Ordinal))
                {
                    var slug = url[XrefScheme.Length..];
                    var target = targets.Xref(slug) ?? throw new DiagnosticException(
                        $"link '{url}' names no glossary term",
                        location,
                        $"use the file name of a term in input/glossary/, e.g. xref:nagorno-karabakh");
                    link.Url = target.Href;
                    link.GetAttributes().AddClass(HtmlClasses.Xref);
                }
                else if (!link.IsImage || url.StartsWith('/'))
                {
                    link.Url = targets.Urls.RebaseAuthorLink(url);
                }
            }
            catch (DiagnosticException ex)
            {
                errors.AddRange(ex.Diagnostics);
            }
        }

        return errors.Count > 0 ? throw new DiagnosticException(errors) : new RewrittenLinks(citations, sources);
    }
}
