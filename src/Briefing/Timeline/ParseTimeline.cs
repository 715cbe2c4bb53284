using Briefing.Citations;
using Briefing.Content;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Timeline;

/// <summary>
/// Reads <c>input/data/timeline.yml</c> into events, oldest first. Each event's text is Markdown (citations allowed)
/// and its <c>cites</c> list becomes ¶ chips.
/// </summary>
internal sealed class ParseTimeline : CachedForEachDocument
{
    private static readonly string[] FileKeys = ["events"];
    private static readonly string[] EventKeys = ["date", "label", "title", "text", "cites", "approximate", "draft"];

    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var markdown = context.GetService<MarkdownParser>();
        var targets = context.GetService<LinkTargetsCache>().Get(context);
        var file = YamlMapping.Parse(input.Content, input.Source, FileKeys);
        var includeDrafts = context.GetService<BuildOptions>().IncludeDrafts;
        var events = new List<TimelineEvent>();
        var numberWarnings = new List<Diagnostic>();
        foreach (var entry in file.MappingList("events", EventKeys))
        {
            if (entry.OptionalBool("draft") == true && !includeDrafts)
            {
                continue;
            }

            if (entry.OptionalString("title") is { } title && Placeholders.IsPlaceholder(title))
            {
                context.Report(Diagnostic.Warning(Placeholders.Message(title), entry.LocationOf("title"), includeDrafts ? "shown because of --drafts" : "the event is left out until its title is written"));
                if (!includeDrafts)
                {
                    continue;
                }
            }

            try
            {
                if (ReadEvent(entry, markdown, targets, numberWarnings) is { } e)
                {
                    events.Add(e);
                }
            }
            catch (DiagnosticException ex)
            {
                foreach (var diagnostic in ex.Diagnostics)
                {
                    file.Report(diagnostic);
                }
            }
        }

        file.ThrowIfErrors();

        // A stable sort: events on the same date keep the order the author gave them.
        var ordered = events.OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
        return Task.FromResult<IReadOnlyList<Document>>([input.With(TimelineKeys.Events, (IReadOnlyList<TimelineEvent>)ordered).With(CitationKeys.NumberWarnings, (IReadOnlyList<Diagnostic>)numberWarnings)]);
    }

    protected override object? CacheDependencies(Document input, IExecutionContext context) =>
        new object[] { context.GetService<BuildOptions>().IncludeDrafts, context.GetService<LinkTargetsCache>().CacheDependencies(context) };

    /// <summary>One event, or null when the entry has mistakes (recorded in the mapping).</summary>
    private static TimelineEvent? ReadEvent(YamlMapping entry, MarkdownParser markdown, LinkTargets targets, List<Diagnostic> numberWarnings)
    {
        var date = entry.RequiredString("date", "date: 2024-12 (YYYY, YYYY-MM or YYYY-MM-DD)");
        var validDate = date.Length == 0 || entry.Check("date", TimelineDate.IsValid(date), $"'{date}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", "quote it and use ISO 8601, e.g. date: \"2023-09\"");
        var title = entry.RequiredString("title", "title: What happened");
        var cites = entry.StringList("cites");
        if (!cites.Any(c => !IsSource(c.Value)))
        {
            entry.Report(Diagnostic.Error($"event '{title}' cites no paragraph", entry.Location, "add cites: [p5] with the paragraphs the event rests on"));
        }

        if (!validDate || date.Length == 0 || title.Length == 0 || cites.Count == 0)
        {
            return null;
        }

        var citations = cites.Where(c => !IsSource(c.Value)).Select(c => targets.Citations.Resolve(c.Value, c.Location)).ToList();
        var sources = cites.Where(c => IsSource(c.Value)).Select(c => targets.Sources.Resolve(c.Value[MarkdownLinkRewriter.SourceScheme.Length..], c.Location)).ToList();

        var text = entry.OptionalString("text") ?? "";
        var document = markdown.Parse(text);
        var textLocation = entry.LocationOf("text") ?? entry.Location;
        numberWarnings.AddRange(NumberCheck.Check(ClaimReader.Read(document, textLocation.File, targets.Citations, textLocation.Line - 1)));
        RewrittenLinks inline;
        try
        {
            inline = MarkdownLinkRewriter.Rewrite(document, textLocation.File, targets);
        }
        catch (DiagnosticException ex)
        {
            // Links inside the YAML value are reported at the value's line in the data file.
            throw new DiagnosticException([.. ex.Diagnostics.Select(d => d with { Location = textLocation.Offset((d.Location?.Line ?? 1) - 1) })]);
        }

        return new TimelineEvent(date, entry.OptionalString("label") ?? (entry.OptionalBool("approximate") == true ? "About " + TimelineDate.Display(date) : null), title, markdown.Render(document), citations, inline.Citations)
        {
            Sources = sources,
            InlineSources = inline.Sources,
        };
    }

    private static bool IsSource(string cite) => cite.StartsWith(MarkdownLinkRewriter.SourceScheme, StringComparison.Ordinal);
}
