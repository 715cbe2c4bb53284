namespace Briefing.Seeds;

/// <summary>Splits text into lines at CRLF, CR or LF, the three line-break conventions seeds arrive with.</summary>
internal static class SourceLines
{
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (c is '\r' or '\n')
            {
                lines.Add(new SourceLine(lines.Count + 1, text[start..index]));
                index += c == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;
                start = index;
            }
            else
            {
                index++;
            }
        }

        lines.Add(new SourceLine(lines.Count + 1, text[start..]));
        return lines;
    }

    /// <summary>The 1-based line and column just after the end of <paramref name="text"/>.</summary>
    public static (int Line, int Column) EndPosition(string text)
    {
        var lines = Split(text);
        return (lines.Count, lines[^1].Text.Length + 1);
    }

    /// <summary>Trims each line and joins them with single spaces: a paragraph's line breaks are not content.</summary>
    public static string JoinAsParagraph(IEnumerable<SourceLine> lines) =>
        string.Join(' ', lines.Select(line => line.Text.Trim()));
}
