namespace Briefing.Glossary.Linking;

/// <summary>
/// Cuts the text around a mention to about <see cref="Length"/> characters on each side: whitespace
/// collapsed, never ending in half a word, and marked with "…" where the block goes on.
/// </summary>
/// <remarks>
/// Built on the stack: a page has a snippet on each side of every mention, and building each in a string builder
/// and copying it twice was a large share of what linking a page allocated.
/// </remarks>
internal static class SnippetContext
{
    public const int Length = 60;
    public const string Ellipsis = "…";

    public static string Before(string text, int end)
    {
        Span<char> reversed = stackalloc char[Length];
        var count = 0;
        var i = end - 1;
        for (; i >= 0 && count < Length; i--)
        {
            AppendCollapsed(reversed, ref count, text[i]);
        }

        Span<char> buffer = stackalloc char[count];
        for (var j = 0; j < count; j++)
        {
            buffer[j] = reversed[count - 1 - j];
        }

        ReadOnlySpan<char> kept = buffer;
        if (!HasProse(text, i, step: -1))
        {
            return new string(kept.TrimStart());
        }

        if (!char.IsWhiteSpace(text[i]) && kept.Length > 0 && kept[0] != ' ')
        {
            var firstSpace = kept.IndexOf(' ');
            kept = firstSpace >= 0 ? kept[(firstSpace + 1)..] : kept;
        }

        if (kept.Length > 0 && char.IsLowSurrogate(kept[0]))
        {
            kept = kept[1..];
        }

        return string.Concat(Ellipsis, kept.TrimStart());
    }

    public static string After(string text, int start)
    {
        Span<char> buffer = stackalloc char[Length];
        var count = 0;
        var i = start;
        for (; i < text.Length && count < Length; i++)
        {
            AppendCollapsed(buffer, ref count, text[i]);
        }

        ReadOnlySpan<char> after = buffer[..count];
        if (!HasProse(text, i, step: 1))
        {
            return new string(after.TrimEnd());
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

        return string.Concat(after.TrimEnd(), Ellipsis);
    }

    public static string Collapse(string text)
    {
        var collapsed = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                collapsed.Append(c);
            }
            else if (collapsed.Length == 0 || collapsed[^1] != ' ')
            {
                collapsed.Append(' ');
            }
        }

        return collapsed.ToString();
    }

    /// <summary><see cref="Collapse(string)"/> of <c>text.Substring(start, length)</c>, without the copy when it has no white space.</summary>
    public static string Collapse(string text, int start, int length)
    {
        var part = text.AsSpan(start, length);
        foreach (var c in part)
        {
            if (char.IsWhiteSpace(c))
            {
                return Collapse(text.Substring(start, length));
            }
        }

        return new string(part);
    }

    private static void AppendCollapsed(Span<char> into, ref int count, char c)
    {
        if (!char.IsWhiteSpace(c))
        {
            into[count++] = c;
        }
        else if (count == 0 || into[count - 1] != ' ')
        {
            into[count++] = ' ';
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
}
