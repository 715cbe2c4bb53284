using AngleSharp.Dom;

namespace Briefing.Glossary.Linking;

/// <summary>The state of linking one page: mentions so far, terms linked so far, snippet text per block.</summary>
internal sealed class PageLinking(IElement root, string? ownSlug)
{
    private readonly Dictionary<IElement, BlockText> _blocks = new(ReferenceEqualityComparer.Instance);
    private Dictionary<IText, string?>? _sections;

    public string? OwnSlug { get; } = ownSlug;

    public List<TermMention> Mentions { get; } = [];

    public SortedSet<string> Linked { get; } = new(StringComparer.Ordinal);

    /// <summary>Terms that already had a link on the page before this pass.</summary>
    public HashSet<string> AlreadyLinked { get; } = new(StringComparer.Ordinal);

    /// <summary>Must be called before <paramref name="text"/> is split for linking.</summary>
    public TermMention Mention(IText text, TermMatch match, string slug)
    {
        var block = BlockOf(text);
        var start = block.OffsetOf(text) + match.Start;
        return new TermMention(
            slug,
            AnchorIdOf(text),
            Mentions.Count + 1,
            SnippetContext.Before(block.Text, start),
            SnippetContext.Collapse(text.Data.Substring(match.Start, match.Length)),
            SnippetContext.After(block.Text, start + match.Length))
        {
            SectionId = SectionIdOf(text),
        };
    }

    // Mapped in one walk on the page's first mention (before any text is split), so pages without
    // mentions pay nothing and a page with many mentions pays once.
    private string? SectionIdOf(IText text)
    {
        _sections ??= MapSections(root);
        return _sections.GetValueOrDefault(text);
    }

    private static Dictionary<IText, string?> MapSections(IElement root)
    {
        var map = new Dictionary<IText, string?>(ReferenceEqualityComparer.Instance);
        string? current = null;
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IText text:
                    map[text] = current;
                    break;
                case IElement element when LinkExclusions.IsHeading(element):
                    // Nothing inside a heading is ever a mention, so its text needs no entry. A heading
                    // without an id still starts a new section: pointing at the one before would mislead.
                    current = element.Id is { Length: > 0 } id ? id : null;
                    break;
                case IElement element:
                    // By index: AngleSharp finds a node's previous sibling by searching its parent's children,
                    // which made this walk cost the square of a long article's paragraph count.
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        pending.Push(children[i]);
                    }

                    break;
            }
        }

        return map;
    }

    private string? AnchorIdOf(IText text)
    {
        for (var element = text.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.Id is { Length: > 0 } id)
            {
                return id;
            }

            if (element == root)
            {
                break;
            }
        }

        return null;
    }

    private BlockText BlockOf(IText text)
    {
        var block = root;
        for (var element = text.ParentElement; element is not null && element != root; element = element.ParentElement)
        {
            if (LinkExclusions.IsSnippetBlock(element))
            {
                block = element;
                break;
            }
        }

        if (!_blocks.TryGetValue(block, out var blockText))
        {
            blockText = new BlockText(block);
            _blocks[block] = blockText;
        }

        return blockText;
    }
}
