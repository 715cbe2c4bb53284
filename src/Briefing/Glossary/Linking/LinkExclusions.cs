using Briefing.Core;
using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Briefing.Glossary.Linking;

/// <summary>Where the linker neither links nor records mentions, and which elements bound a snippet.</summary>
internal static class LinkExclusions
{
    /// <summary>Authors opt a passage out with this attribute or <see cref="OptOutClass"/>.</summary>
    public const string OptOutAttribute = "data-no-glossary";

    public const string OptOutClass = "no-glossary";

    // Headings, existing links, code and UI text per the glossary's rules; the second line holds elements
    // where an inserted <a> would be invalid or never shown (form controls, foreign content, inert markup).
    private static readonly FrozenSet<string> SkippedElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "script", "style", "title", "button", "label",
        "textarea", "select", "option", "svg", "math", "noscript", "template", "iframe");

    private static readonly string[] SkippedClasses = ["dek", HtmlClasses.TermTip, HtmlClasses.Citation, OptOutClass];

    // Text that is not prose of the block (tooltips, ¶ chips, code that never renders) stays out of snippets.
    private static readonly FrozenSet<string> NonProseElements = FrozenSet.Create(
        StringComparer.Ordinal, "script", "style", "template", "noscript");

    private static readonly FrozenSet<string> SnippetBlocks = FrozenSet.Create(
        StringComparer.Ordinal, "p", "li", "dd", "dt", "td", "th", "blockquote", "figcaption", "caption");

    // Elements whose edges separate words even when the markup has no whitespace between them.
    private static readonly FrozenSet<string> WordSeparating = FrozenSet.Create(
        StringComparer.Ordinal,
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "blockquote",
        "figure", "figcaption", "section", "article", "aside", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr");

    public static bool IsSkipped(IElement element)
    {
        if (SkippedElements.Contains(element.LocalName) || element.HasAttribute(OptOutAttribute))
        {
            return true;
        }

        var classes = element.ClassList;
        return classes.Length > 0 && SkippedClasses.Any(classes.Contains);
    }

    /// <summary>
    /// <see cref="IsSkipped(IElement)"/> for an element read from HTML text: its name, whether it has the opt-out
    /// attribute, and its <c>class</c> attribute as written.
    /// </summary>
    public static bool IsSkipped(string localName, bool optedOut, string? classValue) =>
        SkippedElements.Contains(localName) || optedOut || (classValue is { Length: > 0 } && SkippedClasses.Any(c => HasClass(classValue, c)));

    public static bool IsHeading(IElement element) => IsHeading(element.LocalName);

    public static bool IsHeading(string localName) => localName is ['h', >= '1' and <= '6'];

    public static bool IsNonProse(IElement element) =>
        NonProseElements.Contains(element.LocalName)
        || element.ClassList.Contains(HtmlClasses.TermTip)
        || element.ClassList.Contains(HtmlClasses.Citation);

    public static bool IsNonProse(string localName, string? classValue) =>
        NonProseElements.Contains(localName)
        || (classValue is { Length: > 0 } && (HasClass(classValue, HtmlClasses.TermTip) || HasClass(classValue, HtmlClasses.Citation)));

    public static bool IsSnippetBlock(IElement element) => IsSnippetBlock(element.LocalName);

    public static bool IsSnippetBlock(string localName) => SnippetBlocks.Contains(localName);

    public static bool SeparatesWords(IElement element) => SeparatesWords(element.LocalName);

    public static bool SeparatesWords(string localName) => WordSeparating.Contains(localName);

    /// <summary>Whether a <c>class</c> attribute's value lists <paramref name="name"/>, as the DOM's class list reads it.</summary>
    public static bool HasClass(string classValue, string name)
    {
        foreach (var range in classValue.AsSpan().SplitAny(HtmlWhiteSpace))
        {
            if (classValue.AsSpan()[range].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    // The characters that separate the tokens of a class list.
    private const string HtmlWhiteSpace = " \t\n\f\r";
}
