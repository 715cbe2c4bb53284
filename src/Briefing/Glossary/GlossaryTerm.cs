using Briefing.Citations;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Glossary;

/// <summary>A glossary entry from <c>input/glossary/&lt;slug&gt;.md</c>.</summary>
internal sealed record GlossaryTerm
{
    public required string Slug { get; init; }

    public required string Term { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Plain text, one sentence: tooltips, the A–Z index and link previews.</summary>
    public required string ShortDefinition { get; init; }

    public IReadOnlyList<(string Slug, SourceLocation Location)> SeeAlso { get; init; } = [];

    /// <summary>Match only with this exact case (acronyms).</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Article paragraphs the definition draws on.</summary>
    public IReadOnlyList<Citation> Sources { get; init; } = [];

    /// <summary>Outside sources the definition draws on (<c>source:id</c> in <c>sources</c> or in the body).</summary>
    public IReadOnlyList<OutsideSource> ContextSources { get; init; } = [];

    /// <summary>Old addresses of the term's page (page paths) that keep working by forwarding to it.</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>Whether the site search lists the term (front matter <c>search: false</c> leaves it out).</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>The long definition rendered from the file's Markdown body.</summary>
    public string DefinitionHtml { get; init; } = "";

    public required SourceLocation Location { get; init; }

    /// <summary>The term and its aliases as written in the file, each with its place, for the glossary's checks.</summary>
    public IReadOnlyList<TermName> DeclaredNames { get; init; } = [];

    public string Path => $"glossary/{Slug}/";

    /// <summary>The term followed by its aliases: every name that links to this entry.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Term);
}
