using Briefing.Core;
using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Glossary.Linking;

namespace Briefing.Glossary;

/// <summary>
/// Links glossary terms in one page body: parses the HTML once, links the first mention of each term, places
/// every mention for its backlink (paragraph, section heading or landmark) and serialises once. A body with
/// nothing to link is returned as it came.
/// </summary>
/// <remarks>
/// The article's publisher's note (<c>aside.disclaimer</c>, marked <c>data-no-glossary</c>) is the one passage
/// that is read but never linked: links would dress up the publisher's own words, yet a reader of a term page
/// such as the publisher's expects to be told the article names it there. Its mentions come after the body's.
/// An author's explicit link to a term (<c>[text](xref:slug)</c>) gets the term's tooltip and counts as its
/// first mention, so the term is not linked a second time further down.
/// </remarks>
internal sealed class PageBodyLinker
{
    /// <summary>Passages whose mentions are recorded although they opt out of links.</summary>
    public const string RecordOnlySelector = ".disclaimer[data-no-glossary]";

    /// <summary>The id given to a record-only passage without one, so backlinks can point at it.</summary>
    public const string RecordOnlyId = "disclaimer";

    private const string ExplicitLinkSelector = "a." + HtmlClasses.Xref;

    private readonly TermLinker _linker;
    private readonly ScannedBodyLinker _scanned;
    private readonly Dictionary<string, LinkableTerm> _termsByUrl = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<HtmlParser> _parsers = [];

    /// <param name="terms">The terms <paramref name="linker"/> was built from.</param>
    public PageBodyLinker(TermLinker linker, IEnumerable<LinkableTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(terms);
        this._linker = linker;
        _scanned = new ScannedBodyLinker(linker);
        foreach (var term in terms)
        {
            _termsByUrl[term.Url] = term;
        }
    }

    /// <param name="html">The page body.</param>
    /// <param name="ownSlug">The term whose own page this is, never linked or recorded there.</param>
    /// <param name="paragraphNumber">The article paragraph number for an anchor id, or null when it is none.</param>
    public LinkedBody Link(string html, string? ownSlug, Func<string, int?> paragraphNumber)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(paragraphNumber);
        var hasExplicitLinks = html.Contains(HtmlClasses.Xref, StringComparison.Ordinal);
        if (!hasExplicitLinks && !NameMayOccur(html))
        {
            return new LinkedBody(html, []);
        }

        return LinkScanned(html, ownSlug, paragraphNumber) ?? LinkParsed(html, ownSlug, paragraphNumber);
    }

    /// <summary>
    /// Links from a scan of the HTML text (<see cref="ScannedBodyLinker"/>), or null when the body needs the parser:
    /// markup the scanner is not sure of, an author's link to a term or a record-only passage, which change the DOM
    /// in ways the scan does not follow.
    /// </summary>
    internal LinkedBody? LinkScanned(string html, string? ownSlug, Func<string, int?> paragraphNumber) =>
        html.Contains(HtmlClasses.Xref, StringComparison.Ordinal) || html.Contains(LinkExclusions.OptOutAttribute, StringComparison.Ordinal)
            ? null
            : _scanned.Link(html, ownSlug, paragraphNumber);

    /// <summary>Links by parsing the body with AngleSharp, linking its DOM and serialising it: right for any body.</summary>
    internal LinkedBody LinkParsed(string html, string? ownSlug, Func<string, int?> paragraphNumber)
    {
        var hasExplicitLinks = html.Contains(HtmlClasses.Xref, StringComparison.Ordinal);
        var document = ParseBody(html);
        var body = document.Body ?? throw new InvalidOperationException("A parsed page has no body.");

        var changed = hasExplicitLinks && AdoptExplicitLinks(body, ownSlug);
        var result = _linker.Link(body, ownSlug);
        var mentions = new List<TermMention>(result.Mentions);
        changed |= result.LinkedSlugs.Count > 0;
        IEnumerable<IElement> passages = html.Contains(LinkExclusions.OptOutAttribute, StringComparison.Ordinal) ? body.QuerySelectorAll(RecordOnlySelector) : [];
        foreach (var passage in passages)
        {
            var (recorded, idAdded) = RecordOnly(passage, ownSlug, document, mentions.Count);
            changed |= idAdded;
            mentions.AddRange(recorded);
        }

        var ids = mentions.Count == 0 ? null : ElementsById(body);
        var placed = mentions.Select(m => Place(ids!, m, paragraphNumber)).ToList();
        return new LinkedBody(changed ? body.InnerHtml : html, placed);
    }

    // A page whose text holds no name (and no author's link to a term) needs no parse: the linker would find
    // nothing, change nothing and record nothing. The test runs on the HTML source, which holds every text node's
    // characters in order with markup between them; markup only separates words, so a name found in no stretch of
    // the source is in no text node either. Character references are decoded first; what could decode otherwise
    // than in a browser (numeric references, carriage returns, NULs, an entity left undecoded) takes the parse.
    private bool NameMayOccur(string html)
    {
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0 || html.Contains("&#", StringComparison.Ordinal))
        {
            return true;
        }

        if (html.Contains('&', StringComparison.Ordinal))
        {
            html = WebUtility.HtmlDecode(html);
            if (HasUndecodedReference(html))
            {
                return true;
            }
        }

        return _linker.AnyNameIn(html);
    }

    private static bool HasUndecodedReference(string text)
    {
        for (var at = text.IndexOf('&', StringComparison.Ordinal); at >= 0; at = text.IndexOf('&', at + 1))
        {
            if (at + 1 < text.Length && char.IsAsciiLetter(text[at + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // Parsers are kept for reuse, one per concurrent page: creating one sets up a whole browsing context, which cost
    // more than parsing a page.
    private IDocument ParseBody(string html)
    {
        if (!_parsers.TryTake(out var parser))
        {
            parser = new HtmlParser();
        }

        try
        {
            return parser.ParseDocument(string.Concat("<!DOCTYPE html><body>", html));
        }
        finally
        {
            _parsers.Add(parser);
        }
    }

    private bool AdoptExplicitLinks(IElement body, string? ownSlug)
    {
        var adopted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in body.QuerySelectorAll(ExplicitLinkSelector))
        {
            if (_termsByUrl.TryGetValue(link.GetAttribute("href") ?? "", out var term)
                && term.Slug != ownSlug
                && !link.ClassList.Contains(TermMarkup.LinkClass)
                && !IsInsideSkippedElement(link.ParentElement, body)
                && adopted.Add(term.Slug))
            {
                TermMarkup.Adopt(link, term);
            }
        }

        return adopted.Count > 0;
    }

    // Headings and opted-out passages keep an explicit link plain, as they keep text unlinked.
    private static bool IsInsideSkippedElement(IElement? element, IElement root)
    {
        for (; element is not null && element != root; element = element.ParentElement)
        {
            if (LinkExclusions.IsSkipped(element))
            {
                return true;
            }
        }

        return false;
    }

    // The linker works on a copy with the opt-out removed, so the page itself stays unlinked.
    private (List<TermMention> Mentions, bool IdAdded) RecordOnly(IElement passage, string? ownSlug, IDocument document, int before)
    {
        var copy = (IElement)passage.Clone(deep: true);
        copy.RemoveAttribute(LinkExclusions.OptOutAttribute);
        var mentions = _linker.Link(copy, ownSlug).Mentions;
        if (mentions.Count == 0)
        {
            return ([], false);
        }

        var idAdded = string.IsNullOrEmpty(passage.Id) && document.GetElementById(RecordOnlyId) is null;
        if (idAdded)
        {
            passage.Id = RecordOnlyId;
        }

        var anchor = passage.Id is { Length: > 0 } id ? id : null;
        return ([.. mentions.Select(m => m with { AnchorId = anchor, Ordinal = before + m.Ordinal })], idAdded);
    }

    // One walk maps every id to its first element, as GetElementById would find it; asking the DOM per mention
    // walks the whole page each time, which made pages with many mentions cost the square of their length.
    private static Dictionary<string, IElement> ElementsById(IElement body)
    {
        var ids = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            ids.TryAdd(element.Id!, element);
        }

        return ids;
    }

    private static PageMention Place(Dictionary<string, IElement> ids, TermMention mention, Func<string, int?> paragraphNumber)
    {
        if (mention.AnchorId is { } id && ids.GetValueOrDefault(id) is { } element)
        {
            if (paragraphNumber(id) is { } number)
            {
                return new PageMention(mention, id, null, number);
            }

            if (PlaceName(element) is { } name)
            {
                return new PageMention(mention, id, name);
            }
        }

        if (mention.SectionId is { } section && ids.GetValueOrDefault(section) is { } heading)
        {
            return new PageMention(mention, section, WhiteSpace.Collapse(heading.TextContent));
        }

        return new PageMention(mention, null, null);
    }

    // An element that is a heading, holds one (a timeline event) or has an accessible name (a labelled aside).
    private static string? PlaceName(IElement element)
    {
        if (LinkExclusions.IsHeading(element))
        {
            return WhiteSpace.Collapse(element.TextContent);
        }

        if (element.QuerySelector("h1, h2, h3, h4, h5, h6") is { } heading)
        {
            return WhiteSpace.Collapse(heading.TextContent);
        }

        return element.GetAttribute("aria-label") is { Length: > 0 } label ? WhiteSpace.Collapse(label) : null;
    }
}
