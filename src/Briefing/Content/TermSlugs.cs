namespace Briefing.Content;

/// <summary>
/// A glossary term's slug is its file's name (<c>input/glossary/baku.md</c> is <c>baku</c>), the name
/// <c>xref:</c> links use. The rule lives here, with the link targets, because they need the slugs before any
/// term is parsed (a term's definition may link another term); the glossary names its terms by the same rule.
/// </summary>
internal static class TermSlugs
{
    public static string Of(string source) => Path.GetFileNameWithoutExtension(source);
}
