namespace Briefing.Maps;

/// <summary>
/// Where the home page's map goes: right after the <c>::: bottom-line</c> container, else at the start of the
/// body. The body was rendered by Markdig, whose custom container is a <c>&lt;div class="bottom-line"&gt;</c>
/// and whose divs are always written as <c>&lt;div</c> … <c>&lt;/div&gt;</c>, so counting them finds its end
/// without parsing the page again.
/// </summary>
internal static class BottomLine
{
    private const string Opening = "<div class=\"bottom-line\">";

    public static string InsertAfter(string html, string fragment)
    {
        var start = html.IndexOf(Opening, StringComparison.Ordinal);
        if (start < 0)
        {
            return fragment + "\n" + html;
        }

        var depth = 0;
        var position = start;
        while (position < html.Length)
        {
            var open = html.IndexOf("<div", position, StringComparison.Ordinal);
            var close = html.IndexOf("</div>", position, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            if (open >= 0 && open < close)
            {
                depth++;
                position = open + 4;
                continue;
            }

            depth--;
            position = close + "</div>".Length;
            if (depth == 0)
            {
                return html[..position] + "\n" + fragment + html[position..];
            }
        }

        return html + "\n" + fragment;
    }
}
