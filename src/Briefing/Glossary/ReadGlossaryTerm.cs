using Briefing.Content;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Glossary;

/// <summary>
/// Reads one term file: front matter (<c>term</c>, <c>aliases</c>, <c>short</c>, <c>see_also</c>,
/// <c>case_sensitive</c>, <c>sources</c>, <c>draft</c>) and the long definition in Markdown. A draft term is
/// left out unless drafts are shown; placeholders (TODO:) in it are warned about. Keys that later features read
/// (<c>place</c>, for the maps) are accepted here and left to them, with the front matter kept as
/// <see cref="FrontMatterKey"/>.
/// </summary>
public sealed class ReadGlossaryTerm : ForEachDocument
{
    public const string TermKey = "glossary-term";
    public const int MaxShortLength = 200;

    public const string FrontMatterKey = "glossary-front-matter";

    /// <summary>Every key a term's front matter may have.</summary>
    public static readonly IReadOnlyList<string> Keys = ["term", "aliases", "short", "see_also", "case_sensitive", "sources", "draft", "place"];

    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var markdown = context.GetService<MarkdownParser>();
        MarkdownNesting.Check(input.Content, input.Source);
        var document = markdown.Parse(input.Content, input.Source);
        var start = new SourceLocation(input.Source, 1, 1);
        var (yaml, firstLine) = MarkdownParser.FrontMatter(document, input.Content)
            ?? throw new DiagnosticException("the glossary entry has no front matter", start, "start the file with ---, then term: and short:, then ---");
        var map = YamlMapping.Parse(yaml, input.Source, Keys, firstLine);

        var includeDrafts = context.GetService<BuildOptions>().IncludeDrafts;
        if (map.OptionalBool("draft") == true && !includeDrafts)
        {
            map.ThrowIfErrors();
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var slug = Path.GetFileNameWithoutExtension(input.Source);
        if (Slug.From(slug) != slug)
        {
            throw new DiagnosticException($"glossary file name '{slug}' is not a URL slug", start, $"rename the file to {Slug.From(slug)}.md");
        }

        var shortText = map.RequiredString("short", "short: One plain sentence for tooltips.");
        map.Check("short", shortText.Length <= MaxShortLength, $"'short' has {shortText.Length} characters; tooltips take at most {MaxShortLength}", "shorten it and move the detail into the body");

        if (Placeholders.IsPlaceholder(shortText))
        {
            context.Report(Diagnostic.Warning(Placeholders.Message(shortText), map.LocationOf("short"), "the tooltip and index show it as written until you replace it"));
        }

        foreach (var warning in PlaceholderBlocks.Process(document, input.Content, input.Source, includeDrafts))
        {
            context.Report(warning);
        }

        var targets = context.GetService<LinkTargetsCache>().Get(context);
        var sources = map.StringList("sources").Select(s => targets.Citations.Resolve(s.Value, s.Location)).ToList();
        MarkdownLinkRewriter.Rewrite(document, input.Source, targets);

        var termName = map.RequiredString("term", "term: Nagorno-Karabakh");
        var aliases = map.StringList("aliases");
        var seeAlso = map.StringList("see_also");
        var caseSensitive = map.OptionalBool("case_sensitive") ?? false;
        map.ThrowIfErrors();
        var term = new GlossaryTerm
        {
            Slug = slug,
            Term = termName,
            Aliases = [.. aliases.Select(a => a.Value)],
            ShortDefinition = shortText,
            SeeAlso = seeAlso,
            CaseSensitive = caseSensitive,
            Sources = sources,
            DefinitionHtml = markdown.Render(document, input.Source),
            Location = start,
            DeclaredNames = [new TermName(termName, map.LocationOf("term") ?? start), .. aliases.Select(a => new TermName(a.Value, a.Location))],
        };
        return Task.FromResult<IReadOnlyList<Document>>([input.With(TermKey, term).With(FrontMatterKey, new GlossaryFrontMatter(yaml, firstLine))]);
    }

    protected override object? CacheDependencies(Document input, IExecutionContext context) =>
        new object[] { context.GetService<BuildOptions>().IncludeDrafts, context.GetService<LinkTargetsCache>().CacheDependencies(context) };
}
