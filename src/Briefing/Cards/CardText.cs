using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// Breaks text into lines that fit a width, at spaces (a word wider than the line is broken where it must), and
/// finds the largest font size at which it fits in a number of lines, ending the last line with "…" when even the
/// smallest does not.
/// </summary>
internal static class CardText
{
    private const string Ellipsis = "…";

    /// <summary>The text set in <paramref name="font"/> at the largest size from <paramref name="largest"/> down to <paramref name="smallest"/> (in steps of 2) at which it takes at most <paramref name="maxLines"/> lines.</summary>
    public static IReadOnlyList<string> Fit(string text, SKFont font, float width, int maxLines, float largest, float smallest)
    {
        for (var size = largest; size >= smallest; size -= 2)
        {
            font.Size = size;
            var lines = Wrap(text, font, width);
            if (lines.Count <= maxLines)
            {
                return lines;
            }
        }

        font.Size = smallest;
        return Truncate(Wrap(text, font, width), font, width, maxLines);
    }

    public static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (font.MeasureText(line) > width)
            {
                var fits = Math.Max(1, (int)font.BreakText(line, width));
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The text on one line, shortened to end in "…" when it is too long.</summary>
    public static string OneLine(string text, SKFont font, float width) =>
        Truncate(Wrap(text, font, width), font, width, 1) is [var line, ..] ? line : "";

    /// <summary>The first <paramref name="maxLines"/> lines, the last one shortened to end in "…".</summary>
    public static IReadOnlyList<string> Truncate(List<string> lines, SKFont font, float width, int maxLines)
    {
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 0 && font.MeasureText(last + Ellipsis) > width)
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd() + Ellipsis;
        return kept;
    }
}
