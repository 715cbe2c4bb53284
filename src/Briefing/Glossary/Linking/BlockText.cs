using System.Text;
using AngleSharp.Dom;

namespace Briefing.Glossary.Linking;

/// <summary>
/// The prose of one block element (a paragraph, list item, …) as a single string, with the offset at which
/// each of its text nodes starts, so a match inside a text node can be placed in its block for a snippet.
/// Tooltips, ¶ chips and scripts are left out; word-separating element edges become spaces.
/// </summary>
internal sealed class BlockText
{
    private readonly Dictionary<INode, int> _offsets = new(ReferenceEqualityComparer.Instance);

    public BlockText(IElement block)
    {
        var text = new StringBuilder();
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((block, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            switch (node)
            {
                case IText textNode:
                    _offsets[textNode] = text.Length;
                    text.Append(textNode.Data);
                    break;
                case IElement element when closing || !LinkExclusions.IsNonProse(element):
                    if (LinkExclusions.SeparatesWords(element))
                    {
                        text.Append(' ');
                    }

                    if (!closing)
                    {
                        pending.Push((element, true));
                        var children = element.ChildNodes;
                        for (var i = children.Length - 1; i >= 0; i--)
                        {
                            pending.Push((children[i], false));
                        }
                    }

                    break;
            }
        }

        Text = text.ToString();
    }

    public string Text { get; }

    /// <summary>Where <paramref name="textNode"/> starts in <see cref="Text"/>.</summary>
    public int OffsetOf(IText textNode) => _offsets[textNode];
}
