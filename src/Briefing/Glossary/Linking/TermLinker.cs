using AngleSharp.Dom;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Links glossary terms in a page's DOM. The first mention of each term on the page becomes
/// <c>&lt;a class="term"&gt;</c> followed by its tooltip <c>&lt;span class="term-tip"&gt;</c>; every mention,
/// linked or not, is reported for the term's backlinks. Build once for the whole glossary; <see cref="Link"/>
/// may run for several pages at once on different threads (each call only touches its own DOM).
/// </summary>
/// <remarks>
/// Nothing is linked or recorded inside headings, links, code, buttons, labels, the dek, tooltips, ¶ chips,
/// or anything marked <c>data-no-glossary</c> or <c>class="no-glossary"</c> (see <see cref="LinkExclusions"/>).
/// A name split across elements ("Heydar &lt;em&gt;Aliyev&lt;/em&gt;") is not found: matching is per text node.
/// </remarks>
internal sealed class TermLinker
{
    private readonly TermMatcher _matcher;
    private readonly Dictionary<string, LinkableTerm> _termsBySlug = new(StringComparer.Ordinal);

    /// <exception cref="DuplicateTermPatternException">Two terms share a name (see its properties).</exception>
    /// <exception cref="ArgumentException">Two terms share a slug, or a name is empty.</exception>
    public TermLinker(IEnumerable<LinkableTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var patterns = new List<TermPattern>();
        foreach (var term in terms)
        {
            ArgumentNullException.ThrowIfNull(term);
            if (!_termsBySlug.TryAdd(term.Slug, term))
            {
                throw new ArgumentException($"Two glossary terms have the slug \"{term.Slug}\".", nameof(terms));
            }

            patterns.AddRange(term.Names.Select(name => new TermPattern(name, term.Slug, term.CaseSensitive)));
        }

        _matcher = new TermMatcher(patterns);
    }

    /// <summary>
    /// Links the first mention of each term under <paramref name="root"/>, in place, and reports every mention.
    /// On a term's own page (<paramref name="ownSlug"/>) that term is neither linked nor recorded.
    /// </summary>
    public LinkResult Link(IElement root, string? ownSlug = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var page = new PageLinking(root, ownSlug);
        if (!IsInsideSkippedElement(root))
        {
            foreach (var text in CollectLinkableText(root, page.AlreadyLinked))
            {
                LinkText(page, text);
            }
        }

        return new LinkResult(page.Mentions, page.Linked);
    }

    /// <summary>
    /// Whether any term's name occurs in <paramref name="text"/> as a whole word, wherever (no exclusions apply):
    /// when it is false, <see cref="Link"/> finds nothing in any DOM whose text comes from it.
    /// </summary>
    public bool AnyNameIn(string text) => _matcher.OccursIn(text);

    /// <summary>Every whole-word occurrence of a name in one text, as <see cref="Link"/> finds them in a text node.</summary>
    public IReadOnlyList<TermMatch> FindAll(string text) => _matcher.FindAll(text);

    /// <summary>The term a match's <see cref="TermMatch.TermId"/> names.</summary>
    public LinkableTerm TermOf(string slug) => _termsBySlug[slug];

    private void LinkText(PageLinking page, IText text)
    {
        var matches = _matcher.FindAll(text.Data);
        List<(TermMatch Match, LinkableTerm Term)>? toLink = null;
        foreach (var match in matches)
        {
            var term = _termsBySlug[match.TermId];
            if (string.Equals(term.Slug, page.OwnSlug, StringComparison.Ordinal))
            {
                continue;
            }

            page.Mentions.Add(page.Mention(text, match, term.Slug));
            if (!page.AlreadyLinked.Contains(term.Slug) && page.Linked.Add(term.Slug))
            {
                (toLink ??= []).Add((match, term));
            }
        }

        if (toLink is not null)
        {
            TermMarkup.Wrap(text, toLink);
        }
    }

    private static bool IsInsideSkippedElement(IElement root)
    {
        for (var element = root; element is not null; element = element.ParentElement)
        {
            if (LinkExclusions.IsSkipped(element))
            {
                return true;
            }
        }

        return false;
    }

    // Collected before any change so the nodes inserted for links are never visited. Term links already
    // on the page (from an earlier pass) count as the first mention, which makes linking idempotent.
    private static List<IText> CollectLinkableText(IElement root, HashSet<string> alreadyLinked)
    {
        var texts = new List<IText>();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IText text:
                    texts.Add(text);
                    break;
                case IElement element when element != root && LinkExclusions.IsSkipped(element):
                    if (TermMarkup.LinkedSlug(element) is { } slug)
                    {
                        alreadyLinked.Add(slug);
                    }

                    break;
                case IElement element:
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        pending.Push(children[i]);
                    }

                    break;
            }
        }

        return texts;
    }
}
