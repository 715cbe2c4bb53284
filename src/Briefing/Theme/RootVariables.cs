namespace Briefing.Theme;

/// <summary>
/// The custom properties (<c>--name: value</c>) a stylesheet sets in its top-level <c>:root</c> rules, outside any
/// <c>@media</c> or other block: the theme's default (light) values, which code drawing outside a browser (the social
/// cards) uses as the page does. A later setting overrides an earlier one, as in a browser. Comments are skipped; the
/// rest of the stylesheet is only scanned for its braces, so nothing else in it needs to be understood. A full CSS
/// parser (AngleSharp.Css) was tried and cost about 0.8 s of first-use time on every build for these ten values.
/// </summary>
internal static class RootVariables
{
    /// <summary>Each variable's value (trimmed) and where it is set (1-based line and column of its name).</summary>
    public static IReadOnlyDictionary<string, (string Value, int Line, int Column)> Read(string css)
    {
        var text = WithoutComments(css);
        var variables = new Dictionary<string, (string, int, int)>(StringComparer.Ordinal);
        var depth = 0;
        var selectorStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{' when depth == 0:
                    var end = text.IndexOf('}', i + 1);
                    if (text.AsSpan(selectorStart, i - selectorStart).Trim().SequenceEqual(":root") && end > i)
                    {
                        ReadDeclarations(css, text, i + 1, end, variables);
                        i = end;
                        selectorStart = i + 1;
                        break;
                    }

                    depth++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth = Math.Max(0, depth - 1);
                    if (depth == 0)
                    {
                        selectorStart = i + 1;
                    }

                    break;
                case ';' when depth == 0:
                    selectorStart = i + 1; // after an at-rule without a block (@import …;)
                    break;
            }
        }

        return variables;
    }

    private static void ReadDeclarations(string css, string text, int start, int end, Dictionary<string, (string, int, int)> variables)
    {
        foreach (var declaration in Split(text, start, end))
        {
            var colon = text.IndexOf(':', declaration.Start, declaration.End - declaration.Start);
            var name = colon < 0 ? "" : text[declaration.Start..colon].Trim();
            if (name.StartsWith("--", StringComparison.Ordinal))
            {
                var at = text.IndexOf(name, declaration.Start, StringComparison.Ordinal);
                var (line, column) = Position(css, at);
                variables[name] = (text[(colon + 1)..declaration.End].Trim(), line, column);
            }
        }
    }

    private static (int Line, int Column) Position(string css, int at)
    {
        var lineStart = at == 0 ? 0 : css.LastIndexOf('\n', at - 1) + 1;
        return (1 + css.AsSpan(0, at).Count('\n'), at - lineStart + 1);
    }

    private static IEnumerable<(int Start, int End)> Split(string text, int start, int end)
    {
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == ';')
            {
                yield return (from, i);
                from = i + 1;
            }
        }
    }

    /// <summary>The text with each comment replaced by spaces (newlines kept), so positions stay those of the file.</summary>
    private static string WithoutComments(string css)
    {
        var chars = css.ToCharArray();
        for (var i = css.IndexOf("/*", StringComparison.Ordinal); i >= 0; i = css.IndexOf("/*", i, StringComparison.Ordinal))
        {
            var close = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
            var stop = close < 0 ? css.Length : close + 2;
            for (var j = i; j < stop; j++)
            {
                if (chars[j] != '\n')
                {
                    chars[j] = ' ';
                }
            }

            i = stop;
        }

        return new string(chars);
    }
}
