namespace Briefing.Links;

/// <summary>
/// Every citable URL of one build: pages, article paragraphs and glossary terms, plus the old paths that redirect.
/// Written to <c>links.json</c>, printed by <c>briefing links</c> and checked against <c>links.lock</c>.
/// Paths are site paths relative to the base URL and start with '/'; URLs are absolute.
/// </summary>
internal sealed record LinkIndex(
    string Site,
    string BaseUrl,
    IReadOnlyList<PageLink> Pages,
    IReadOnlyList<ParagraphLink> Paragraphs,
    IReadOnlyList<TermLink> Terms,
    IReadOnlyList<RedirectLink> Redirects)
{
    /// <summary>Sources outside the article that context chips link to (not addresses of the site, so never locked).</summary>
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];

    public const string FileName = "links.json";

    public const string PageKind = "page";
    public const string ParagraphKind = "paragraph";
    public const string TermKind = "term";

    /// <summary>Pages, then paragraphs, then terms, each in the index's order, as uniform rows.</summary>
    public IReadOnlyList<CitableLink> All() =>
    [
        .. Pages.Select(p => new CitableLink(PageKind, p.Title, p.Path, p.Url, p.Description ?? "")),
        .. Paragraphs.Select(p => new CitableLink(ParagraphKind, p.Label, p.Path, p.Url, p.FirstWords)),
        .. Terms.Select(t => new CitableLink(TermKind, t.Term, t.Path, t.Url, t.ShortDefinition)),
    ];

    /// <summary>The site paths of every citable link (not of redirects), for the permalink lock.</summary>
    public IReadOnlySet<string> CitablePaths() => All().Select(l => l.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>Only the links whose label, path, URL or text contains <paramref name="text"/>, ignoring case.</summary>
    public LinkIndex Filter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        bool Matches(params string?[] fields) => fields.Any(f => f?.Contains(text, StringComparison.OrdinalIgnoreCase) == true);
        return this with
        {
            Pages = [.. Pages.Where(p => Matches(p.Title, p.Path, p.Url, p.Description))],
            Paragraphs = [.. Paragraphs.Where(p => Matches(p.Label, p.Path, p.Url, p.FirstWords))],
            Terms = [.. Terms.Where(t => Matches(t.Term, t.Slug, t.Path, t.Url, t.ShortDefinition))],
            Redirects = [.. Redirects.Where(r => Matches(r.From, r.To, r.Url))],
        };
    }
}
