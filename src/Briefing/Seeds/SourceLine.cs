namespace Briefing.Seeds;

/// <summary>One line of a seed without its line break; <paramref name="Number"/> is 1-based.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>1-based column of the first non-whitespace character (1 for a blank line).</summary>
    public int FirstTextColumn
    {
        get
        {
            var index = 0;
            while (index < Text.Length && char.IsWhiteSpace(Text[index]))
            {
                index++;
            }

            return index < Text.Length ? index + 1 : 1;
        }
    }
}
