using Briefing.Core;

namespace Briefing.Layouts;

/// <summary>Everything a layout can use. In Liquid: <c>site</c>, <c>page</c>, <c>content</c>, <c>nav</c>, <c>map</c> (a place's term page: its map), <c>figures</c> (the home page: its key figures), …</summary>
internal sealed record LayoutModel(
    SiteView Site,
    PageView Page,
    string Content,
    IReadOnlyList<NavItem> Nav,
    SiteIndex Index,
    PageView? Previous,
    PageView? Next,
    CiteThis? Cite,
    string Css,
    string Script,
    PageMeta? Meta = null,
    string? Map = null)
{
    /// <summary>The home page's "Key figures" panel, as HTML (in Liquid: <c>figures</c>).</summary>
    public string? Figures { get; init; }

    /// <summary>The page's outside sources: the "Sources beyond the article" box.</summary>
    public IReadOnlyList<Citations.SourceView> Sources { get; init; } = [];

    // What a page of one kind adds, one typed property each (rather than one untyped "data"), so that the feature
    // writing it and this model cannot disagree on its type; a page of another kind leaves it empty.

    /// <summary>An article page's header: title, dek, date, byline (in Liquid: <c>article</c>).</summary>
    public Seeds.ArticleView? Article { get; init; }

    /// <summary>The paragraphs a Markdown page cites: a summary's "Read in the article" box (in Liquid: <c>cited_paragraphs</c>).</summary>
    public IReadOnlyList<Citations.CitationView> CitedParagraphs { get; init; } = [];

    /// <summary>The timeline page's events (in Liquid: <c>events</c>); the page's content already lists them.</summary>
    public IReadOnlyList<Timeline.TimelineEventView> Events { get; init; } = [];

    /// <summary>The A–Z index page's letters, groups and terms (in Liquid: <c>glossary</c>).</summary>
    public Glossary.GlossaryIndexView? Glossary { get; init; }

    /// <summary>A term page's aliases, see-also links, sources and backlinks (in Liquid: <c>term</c>).</summary>
    public Glossary.TermPageView? Term { get; init; }
}
