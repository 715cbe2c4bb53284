using Briefing.Citations;
using Briefing.Content;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Glossary;

/// <summary>
/// Reads one term file: front matter (<c>term</c>, <c>aliases</c>, <c>short</c>, <c>see_also</c>,
/// <c>case_sensitive</c>, <c>sources</c>, <c>redirect_from</c>, <c>draft</c>) and the long definition in Markdown. A draft term is
/// left out unless drafts are shown; placeholders (TODO:) in it are warned about. Keys that later features read
/// (<c>place</c>, for the maps) are accepted here and left to them, with the front matter kept as
/// <see cref="GlossaryKeys.FrontMatter"/>.
/// </summary>
internal sealed class ReadGlossaryTerm : CachedForEachDocument
{
    public const int MaxShortLength = 200;

    /// <summary>Every key a term's front matter may have.</summary>
    public static readonly IReadOnlyList<string> Keys = ["term", "aliases", "short", "see_also", "case_sensitive", "sources", "redirect_from", "draft", "place", "search"];

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

        var slug = TermSlugs.Of(input.Source);
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
        var listed = map.StringList("sources");
        var sources = listed.Where(s => !IsSource(s.Value)).Select(s => targets.Citations.Resolve(s.Value, s.Location)).ToList();
        var outside = listed.Where(s => IsSource(s.Value)).Select(s => targets.Sources.Resolve(s.Value[MarkdownLinkRewriter.SourceScheme.Length..], s.Location)).ToList();
        var numberWarnings = NumberCheck.Check(ClaimReader.Read(document, input.Source, targets.Citations));
        var links = MarkdownLinkRewriter.Rewrite(document, input.Source, targets);

        var termName = map.RequiredString("term", "term: Nagorno-Karabakh");
        var aliases = map.StringList("aliases");
        var seeAlso = map.StringList("see_also");
        var caseSensitive = map.OptionalBool("case_sensitive") ?? false;
        var redirects = PageFrontMatterReader.RedirectsFrom(map);
        var searchable = map.OptionalBool("search") ?? true;
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
            ContextSources = [.. outside, .. links.Sources],
            RedirectFrom = [.. redirects.Select(PageFrontMatterReader.ToPagePath)],
            DefinitionHtml = markdown.Render(document, input.Source),
            Searchable = searchable,
            Location = start,
            DeclaredNames = [new TermName(termName, map.LocationOf("term") ?? start), .. aliases.Select(a => new TermName(a.Value, a.Location))],
        };
        return Task.FromResult<IReadOnlyList<Document>>([input.With(GlossaryKeys.Term, term).With(GlossaryKeys.FrontMatter, new GlossaryFrontMatter(yaml, firstLine)).With(CitationKeys.NumberWarnings, numberWarnings)]);
    }

    private static bool IsSource(string value) => value.StartsWith(MarkdownLinkRewriter.SourceScheme, StringComparison.Ordinal);

    protected override object? CacheDependencies(Document input, IExecutionContext context) =>
        new object[] { context.GetService<BuildOptions>().IncludeDrafts, context.GetService<LinkTargetsCache>().CacheDependencies(context) };
}
