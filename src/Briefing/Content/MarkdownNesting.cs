using Briefing.Pipeline.Diagnostics;

namespace Briefing.Content;

/// <summary>
/// Bounds how deeply a Markdown page nests before Markdig and the HTML parser see it: block quotes and lists
/// (markers and indentation at the start of a line), brackets, and raw HTML elements. Markdig gives up on deep
/// nesting with an exception that has no position, and deep trees make the later HTML steps slow; this scan is
/// linear and names the line where the limit is passed. A rough count rather than a parse: it only has to be
/// generous for real pages and strict for thousands of levels.
/// </summary>
internal static class MarkdownNesting
{
    public const int MaxDepth = 64;

    public static void Check(string markdown, string file)
    {
        var line = 1;
        var brackets = 0;
        var elements = 0;
        var lineStart = 0;
        for (var i = 0; i <= markdown.Length; i++)
        {
            if (i == markdown.Length || markdown[i] == '\n')
            {
                CheckBlocks(markdown.AsSpan(lineStart, i - lineStart), file, line);
                if (i < markdown.Length && IsBlank(markdown.AsSpan(lineStart, i - lineStart)))
                {
                    brackets = 0; // brackets never span paragraphs
                }

                line++;
                lineStart = i + 1;
                continue;
            }

            switch (markdown[i])
            {
                case '[' when ++brackets > MaxDepth:
                    throw TooDeep(file, line, i - lineStart + 1, "brackets");
                case ']':
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case '<' when i + 1 < markdown.Length:
                    if (char.IsAsciiLetter(markdown[i + 1]) && !IsVoidOrSelfClosing(markdown, i) && ++elements > MaxDepth)
                    {
                        throw TooDeep(file, line, i - lineStart + 1, "HTML elements");
                    }

                    if (markdown[i + 1] == '/')
                    {
                        elements = Math.Max(0, elements - 1);
                    }

                    break;
            }
        }
    }

    private static void CheckBlocks(ReadOnlySpan<char> text, string file, int line)
    {
        var depth = 0;
        var indent = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ' || text[i] == '\t')
            {
                indent += text[i] == '\t' ? 4 : 1;
                i++;
            }
            else if (text[i] == '>')
            {
                depth++;
                i++;
            }
            else if ((text[i] is '-' or '*' or '+') && i + 1 < text.Length && text[i + 1] == ' ')
            {
                depth++;
                i += 2;
            }
            else
            {
                break;
            }

            // Each level of a nested list is indented by at least two spaces.
            if (depth + (indent / 2) > MaxDepth)
            {
                throw TooDeep(file, line, i, "block quotes and lists");
            }
        }
    }

    private static readonly string[] VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private static bool IsVoidOrSelfClosing(string markdown, int at)
    {
        var end = markdown.IndexOf('>', at);
        if (end < 0)
        {
            return true; // not a tag at all
        }

        var tag = markdown.AsSpan(at + 1, end - at - 1);
        if (tag.EndsWith("/"))
        {
            return true;
        }

        var nameEnd = tag.IndexOfAny(' ', '\t', '\n');
        var name = (nameEnd < 0 ? tag : tag[..nameEnd]).ToString();
        return VoidElements.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsBlank(ReadOnlySpan<char> text) => text.Trim().IsEmpty;

    private static DiagnosticException TooDeep(string file, int line, int column, string what) => new(
        $"nested too deeply, at most {MaxDepth} levels of {what}",
        new SourceLocation(file, line, Math.Max(1, column)),
        "flatten the structure; a page never needs that many levels");
}
