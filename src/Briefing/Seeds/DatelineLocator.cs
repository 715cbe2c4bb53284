namespace Briefing.Seeds;

/// <summary>
/// Finds the dateline after the title: it is either the next non-blank line, or the line after a single
/// standfirst paragraph. Anything further down is body text, so a date-like line there is left alone.
/// </summary>
internal static class DatelineLocator
{
    public static DatelineMatch? Find(IReadOnlyList<SourceLine> lines, int start)
    {
        var dekLines = new List<SourceLine>();
        var dekEnded = false;
        for (var index = start; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsBlank)
            {
                dekEnded = dekLines.Count > 0;
                continue;
            }

            if (DatelineParser.TryParse(line.Text, out var date))
            {
                return new DatelineMatch(index, line, date, dekLines);
            }

            if (dekEnded)
            {
                return null;
            }

            dekLines.Add(line);
        }

        return null;
    }
}
