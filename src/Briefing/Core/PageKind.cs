namespace Briefing.Core;

/// <summary>
/// What a kind of page is, as data, so that the lists every page joins (reading order, navigation, feed, sitemap,
/// link index, search, head metadata, the glossary's backlinks) read it here instead of switching on its name.
/// Each kind is declared by the feature that makes its pages (<c>SeedKinds</c>, <c>ContentKinds</c>, …) and the
/// composition root collects them into one <see cref="PageKinds"/>.
/// </summary>
internal sealed record PageKind
{
    /// <summary>The kind's name: the theme sees it as <c>page.kind</c> and <c>links.json</c> as the page's kind.</summary>
    public required string Name { get; init; }

    /// <summary>What a list of mentions calls a page of this kind ("Summary", "Glossary").</summary>
    public required string Label { get; init; }

    /// <summary>Where the kind's pages come in <see cref="ReadingOrder"/>: lower first.</summary>
    public required int ReadingRank { get; init; }

    /// <summary>How pages of the kind with the same front matter order sort among themselves.</summary>
    public TitleOrder TitleOrder { get; init; } = TitleOrder.None;

    /// <summary>
    /// Whether outside lists name the kind's pages (sitemap, feed, link index) and search engines may index them:
    /// false for a page served at any address, like the 404 page.
    /// </summary>
    public bool Listed { get; init; } = true;

    /// <summary>Whether the Atom feed has an entry for each page of the kind (terms are many and change little).</summary>
    public bool InFeed { get; init; } = true;

    /// <summary>The kind's place in the site navigation; null when its pages are not in it.</summary>
    public NavigationEntry? Navigation { get; init; }

    /// <summary>
    /// The <see cref="Name"/> of the kind whose navigation entry is the current one on this kind's pages (a
    /// summary is inside the summaries section), or null.
    /// </summary>
    public string? Section { get; init; }

    /// <summary>
    /// The schema.org type of the page's JSON-LD that the head writes ("WebSite", "Article"), or null for none
    /// (the glossary's layouts write their own).
    /// </summary>
    public string? JsonLdType { get; init; }

    /// <summary>Whether a page of the kind stands for the whole site: titled with the site's title, cited as the site.</summary>
    public bool StandsForSite { get; init; }

    /// <summary>
    /// Whether search indexes the body's sections; false for a page whose body is a list of entries that search
    /// indexes on their own (the glossary's terms, the timeline's events), so they are not found twice.
    /// </summary>
    public bool SearchBody { get; init; } = true;

    /// <summary>
    /// The Markdown file of <c>input/</c> (relative, without extension: "index", "timeline") that is the kind's
    /// page, or a folder ending in '/' ("summaries/") whose files are; null when no file makes one.
    /// </summary>
    public string? AuthoredAs { get; init; }

    /// <summary>The layout a page of the kind gets unless its front matter chooses one; the kind's name by default.</summary>
    /// <remarks>Kept in the property's own backing field, so that the cache's fingerprints see it.</remarks>
    public string DefaultLayout
    {
        get => field ?? Name;
        init;
    }
}
