using Briefing.Pipeline.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Content;

/// <summary>
/// Finds the placeholders of a Markdown page (paragraphs and list items starting with <c>TODO:</c>, see
/// <see cref="Placeholders"/>), warns at each one's line, and takes them out of the page, with any list or
/// container they leave empty, unless drafts are shown; then they stay, with the class <c>placeholder</c>.
/// Runs before links are rewritten, so a placeholder's example chips never count as citations of the page.
/// </summary>
internal static class PlaceholderBlocks
{
    public const string CssClass = "placeholder";

    /// <returns>The warnings, one per placeholder, in document order.</returns>
    public static IReadOnlyList<Diagnostic> Process(MarkdownDocument document, string markdown, string file, bool includeDrafts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(markdown);
        var found = document.Descendants<ParagraphBlock>()
            .Where(p => IsPlaceholder(p, markdown))
            .Select(p => p.Parent is ListItemBlock item && item.Count > 0 && item[0] == p ? (Block)item : p)
            .ToList();

        var warnings = new List<Diagnostic>();
        foreach (var block in found)
        {
            var paragraph = block as ParagraphBlock ?? (ParagraphBlock)((ListItemBlock)block)[0];
            var text = markdown.Substring(paragraph.Span.Start, paragraph.Span.Length);
            warnings.Add(Diagnostic.Warning(
                Placeholders.Message(text),
                new SourceLocation(file, paragraph.Line + 1, paragraph.Column + 1),
                includeDrafts ? "shown because of --drafts; write it, or delete the line" : "left out of the page; write it, or delete the line"));
            if (includeDrafts)
            {
                block.GetAttributes().AddClass(CssClass);
            }
            else
            {
                Remove(block);
            }
        }

        return warnings;
    }

    private static bool IsPlaceholder(ParagraphBlock paragraph, string markdown) =>
        paragraph.Span.Length > 0 && paragraph.Span.Start < markdown.Length &&
        Placeholders.IsPlaceholder(markdown.Substring(paragraph.Span.Start, Math.Min(paragraph.Span.Length, Placeholders.Marker.Length + 8)));

    /// <summary>Removes a block, then its list or container when nothing is left in it.</summary>
    private static void Remove(Block block)
    {
        var parent = block.Parent;
        parent?.Remove(block);
        while (parent is (ListBlock or CustomContainer) && parent.Count == 0 && parent.Parent is { } grandparent)
        {
            grandparent.Remove(parent);
            parent = grandparent;
        }
    }
}
