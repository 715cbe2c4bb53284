using System.Text;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Cuts the text around a mention to about <see cref="Length"/> characters on each side: whitespace
/// collapsed, never ending in half a word, and marked with "…" where the block goes on.
/// </summary>
internal static class SnippetContext
{
    public const int Length = 60;
    public const string Ellipsis = "…";

    public static string Before(string text, int end)
    {
        var reversed = new StringBuilder(Length);
        var i = end - 1;
        for (; i >= 0 && reversed.Length < Length; i--)
        {
            AppendCollapsed(reversed, text[i]);
        }

        var kept = Reverse(reversed);
        if (!HasProse(text, i, step: -1))
        {
            return kept.TrimStart();
        }

        if (!char.IsWhiteSpace(text[i]) && kept.Length > 0 && kept[0] != ' ')
        {
            var firstSpace = kept.IndexOf(' ', StringComparison.Ordinal);
            kept = firstSpace >= 0 ? kept[(firstSpace + 1)..] : kept;
        }

        if (kept.Length > 0 && char.IsLowSurrogate(kept[0]))
        {
            kept = kept[1..];
        }

        return Ellipsis + kept.TrimStart();
    }

    public static string After(string text, int start)
    {
        var kept = new StringBuilder(Length);
        var i = start;
        for (; i < text.Length && kept.Length < Length; i++)
        {
            AppendCollapsed(kept, text[i]);
        }

        var after = kept.ToString();
        if (!HasProse(text, i, step: 1))
        {
            return after.TrimEnd();
        }

        if (!char.IsWhiteSpace(text[i]) && after.Length > 0 && after[^1] != ' ')
        {
            var lastSpace = after.LastIndexOf(' ');
            after = lastSpace >= 0 ? after[..lastSpace] : after;
        }

        if (after.Length > 0 && char.IsHighSurrogate(after[^1]))
        {
            after = after[..^1];
        }

        return after.TrimEnd() + Ellipsis;
    }

    public static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendCollapsed(collapsed, c);
        }

        return collapsed.ToString();
    }

    private static void AppendCollapsed(StringBuilder into, char c)
    {
        if (!char.IsWhiteSpace(c))
        {
            into.Append(c);
        }
        else if (into.Length == 0 || into[^1] != ' ')
        {
            into.Append(' ');
        }
    }

    private static bool HasProse(string text, int from, int step)
    {
        for (var i = from; i >= 0 && i < text.Length; i += step)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Reverse(StringBuilder reversed)
    {
        var chars = new char[reversed.Length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = reversed[chars.Length - 1 - i];
        }

        return new string(chars);
    }
}
