using Briefing.Citations;
using Briefing.Core;
using Briefing.Layouts;

namespace Briefing.Glossary;

#pragma warning disable CA1720 // "Short" is the glossary's own word for the one-line definition, not a type.

/// <summary>
/// A term page as <c>layouts/term.liquid</c> sees it (as <c>data</c>); the long definition is the page's content.
/// <paramref name="Sources"/> are the article paragraphs the definition draws on; <paramref name="MentionCount"/>
/// counts the entries of "Mentioned in", listed or not; <paramref name="MentionsUnlisted"/> says what a long list
/// leaves out (see <see cref="MentionList"/>).
/// </summary>
internal sealed record TermPageView(
    string Slug,
    string Term,
    IReadOnlyList<string> Aliases,
    string Short,
    IReadOnlyList<TermLinkView> SeeAlso,
    IReadOnlyList<CitationView> Sources,
    IReadOnlyList<MentionGroupView> MentionGroups,
    int MentionCount,
    string IndexUrl,
    string JsonLd,
    string? MentionsUnlisted = null);

#pragma warning restore CA1720
