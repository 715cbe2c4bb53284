namespace Briefing.Core;

/// <summary>
/// HTML class names one feature writes and another reads (or the theme's CSS and script style), in one place so
/// that the writer and every reader cannot drift apart. A class only one file uses stays in that file.
/// </summary>
internal static class HtmlClasses
{
    /// <summary>A ¶ chip: a link from a claim to the paragraph it cites (written by the Markdown link rewriter,
    /// skipped by the glossary linker and by the search index).</summary>
    public const string Citation = "citation";

    /// <summary>An explicit cross-reference to a glossary term written as a Markdown link (<c>[…](#term)</c>).</summary>
    public const string Xref = "xref";

    /// <summary>A glossary term's tooltip, written by the glossary and the maps, skipped by the search index.</summary>
    public const string TermTip = "term-tip";
}
