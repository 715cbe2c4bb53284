using System.Collections.Frozen;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Lays HTML out one block per line, indented by nesting, so snapshots diff line by line and
/// markup that renders the same compares equal whatever whitespace sat between its tags.
/// </summary>
/// <remarks>
/// AngleSharp parses, and its <see cref="HtmlMarkupFormatter"/> writes every tag, attribute (in parsed
/// order) and text escape. Only the line layout is decided here, because AngleSharp's own
/// <see cref="PrettyMarkupFormatter"/> (1.10) loses differences a snapshot must show: it drops the space
/// between inline elements (<c>&lt;a&gt;1&lt;/a&gt; &lt;a&gt;2&lt;/a&gt;</c> equals <c>&lt;a&gt;1&lt;/a&gt;&lt;a&gt;2&lt;/a&gt;</c>),
/// turns newlines inside <c>&lt;pre&gt;</c> into spaces, and in its preserving mode indents
/// <c>&lt;pre&gt;</c> continuation lines and writes their text unescaped.
/// </remarks>
internal static class HtmlPrettyPrinter
{
    private const string Indentation = "  ";

    private static readonly IMarkupFormatter Formatter = HtmlMarkupFormatter.Instance;

    // Elements that start their own line. Anything else (a, span, em, custom elements...) is inline,
    // so the whitespace around it is kept: it can change what is rendered.
    private static readonly FrozenSet<string> BlockElements = FrozenSet.ToFrozenSet(
    [
        "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript", "template",
        "address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "table",
        "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "ul",
    ], StringComparer.Ordinal);

    // Elements whose content is written exactly as parsed: whitespace in them is significant or raw text.
    private static readonly FrozenSet<string> VerbatimElements = FrozenSet.ToFrozenSet(
        ["pre", "textarea", "script", "style", "template", "listing", "xmp", "plaintext"], StringComparer.Ordinal);

    /// <summary>
    /// Formats a full document (starting with a doctype or an html/head/body tag) or a fragment, which
    /// is parsed as the content of a body element. The result is normalised snapshot text.
    /// </summary>
    public static string Format(string html)
    {
        var parser = new HtmlParser();
        IEnumerable<INode> topLevel;
        if (IsDocument(html))
        {
            topLevel = parser.ParseDocument(html).ChildNodes;
        }
        else
        {
            var body = parser.ParseDocument(string.Empty).Body!;
            topLevel = parser.ParseFragment(html, body);
        }

        var nodes = topLevel.ToList();
        foreach (var node in nodes)
        {
            CollapseWhitespace(node);
        }

        var output = new StringBuilder();
        WriteNodes(nodes, 0, output);
        return SnapshotText.Normalise(output.ToString());
    }

    private static bool IsDocument(string html)
    {
        var start = html.AsSpan().TrimStart('\uFEFF').TrimStart();
        while (start.StartsWith("<!--", StringComparison.Ordinal))
        {
            // A leading comment (a generator banner, say) comes before the doctype of a full document.
            var end = start.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            start = start[(end + 3)..].TrimStart();
        }

        ReadOnlySpan<string> documentStarts = ["<!doctype", "<html", "<head", "<body"];
        foreach (var prefix in documentStarts)
        {
            if (start.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Outside verbatim elements, any run of whitespace renders as one space.</summary>
    private static void CollapseWhitespace(INode root)
    {
        var texts = root is IText single ? [single] : root.GetDescendants().OfType<IText>().ToList();
        foreach (var text in texts)
        {
            if (!IsInsideVerbatim(text))
            {
                text.Data = CollapseRuns(text.Data);
            }
        }
    }

    private static bool IsInsideVerbatim(INode node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (VerbatimElements.Contains(parent.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static string CollapseRuns(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inRun = false;
        foreach (var c in text)
        {
            var isWhitespace = c is ' ' or '\t' or '\n' or '\r' or '\f';
            if (!isWhitespace)
            {
                builder.Append(c);
            }
            else if (!inRun)
            {
                builder.Append(' ');
            }

            inRun = isWhitespace;
        }

        return builder.ToString();
    }

    /// <summary>Block nodes each get their own line(s); consecutive inline nodes share one line.</summary>
    private static void WriteNodes(IEnumerable<INode> nodes, int depth, StringBuilder output)
    {
        var inlineRun = new StringBuilder();
        foreach (var node in nodes)
        {
            if (IsBlock(node))
            {
                FlushInlineRun(inlineRun, depth, output);
                WriteBlock(node, depth, output);
            }
            else
            {
                inlineRun.Append(node.ToHtml(Formatter));
            }
        }

        FlushInlineRun(inlineRun, depth, output);
    }

    private static void FlushInlineRun(StringBuilder inlineRun, int depth, StringBuilder output)
    {
        // Whitespace at the edges of a line sits next to a block boundary, where it never renders.
        var line = inlineRun.ToString().Trim(' ');
        inlineRun.Clear();
        if (line.Length > 0)
        {
            AppendLine(output, depth, line);
        }
    }

    private static void WriteBlock(INode node, int depth, StringBuilder output)
    {
        if (node is not IElement element || VerbatimElements.Contains(element.LocalName) || !element.HasChildNodes)
        {
            AppendLine(output, depth, node.ToHtml(Formatter));
            return;
        }

        var openTag = Formatter.OpenTag(element, false);
        var closeTag = Formatter.CloseTag(element, false);
        if (!element.ChildNodes.Any(IsBlock))
        {
            var content = string.Concat(element.ChildNodes.Select(child => child.ToHtml(Formatter))).Trim(' ');
            AppendLine(output, depth, openTag + content + closeTag);
            return;
        }

        AppendLine(output, depth, openTag);
        WriteNodes(element.ChildNodes, depth + 1, output);
        AppendLine(output, depth, closeTag);
    }

    /// <summary>
    /// A doctype, a block element, or any element holding a block (an <c>a</c> wrapping a <c>div</c>) is laid
    /// out on its own lines.
    /// </summary>
    private static bool IsBlock(INode node) => node switch
    {
        IDocumentType => true,
        IElement element => BlockElements.Contains(element.LocalName) || element.ChildNodes.Any(IsBlock),
        _ => false,
    };

    private static void AppendLine(StringBuilder output, int depth, string line)
    {
        for (var i = 0; i < depth; i++)
        {
            output.Append(Indentation);
        }

        output.Append(line).Append('\n');
    }
}
