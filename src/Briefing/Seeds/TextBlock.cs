namespace Briefing.Seeds;

/// <summary>A run of non-blank lines: one paragraph of the seed.</summary>
internal sealed record TextBlock(IReadOnlyList<SourceLine> Lines)
{
    public int Line => Lines[0].Number;

    public int Column => Lines[0].FirstTextColumn;

    public string Text => SourceLines.JoinAsParagraph(Lines);

    /// <summary>Groups the lines from <paramref name="start"/> on into blocks separated by blank lines.</summary>
    public static IReadOnlyList<TextBlock> From(IReadOnlyList<SourceLine> lines, int start)
    {
        var blocks = new List<TextBlock>();
        var current = new List<SourceLine>();
        for (var index = start; index < lines.Count; index++)
        {
            if (!lines[index].IsBlank)
            {
                current.Add(lines[index]);
            }
            else if (current.Count > 0)
            {
                blocks.Add(new TextBlock(current));
                current = [];
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(new TextBlock(current));
        }

        return blocks;
    }
}
