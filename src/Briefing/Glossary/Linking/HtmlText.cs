using System.Text;

namespace Briefing.Glossary.Linking;

/// <summary>
/// Escapes text for HTML content and double-quoted attribute values. Hand-written rather than WebUtility/HtmlEncoder
/// because those also encode non-ASCII letters as numeric references, which makes snippets unreadable in
/// the generated source and harder to compare in tests.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
