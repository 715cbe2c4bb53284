using Briefing.Citations;
using Briefing.Content;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Figures;

/// <summary>
/// Reads <c>input/data/figures.yml</c> into key figures, in the order written, and checks each against the
/// paragraphs it cites (<see cref="FigureCheck"/>). Every mistake of the file is reported together, at its line.
/// </summary>
internal sealed class ReadFigures : CachedForEachDocument
{
    private static readonly string[] FileKeys = ["figures"];
    private static readonly string[] EntryKeys = ["value", "kind", "label", "sentence", "cites", "draft"];

    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var targets = context.GetService<LinkTargetsCache>().Get(context);
        var includeDrafts = context.GetService<BuildOptions>().IncludeDrafts;
        var file = YamlMapping.Parse(input.Content, input.Source, FileKeys);
        var figures = new List<KeyFigure>();
        foreach (var entry in file.MappingList("figures", EntryKeys))
        {
            if (entry.OptionalBool("draft") == true && !includeDrafts)
            {
                continue;
            }

            try
            {
                if (ReadFigure(entry, targets.Citations) is { } figure)
                {
                    figures.Add(figure);
                    foreach (var error in FigureCheck.Check(figure, entry.LocationOf("label") ?? entry.Location))
                    {
                        file.Report(error);
                    }
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
        return Task.FromResult<IReadOnlyList<Document>>([input.With(FigureKeys.Figures, (IReadOnlyList<KeyFigure>)figures)]);
    }

    protected override object? CacheDependencies(Document input, IExecutionContext context) =>
        new object[] { context.GetService<BuildOptions>().IncludeDrafts, context.GetService<LinkTargetsCache>().CacheDependencies(context) };

    /// <summary>One figure, or null when the entry has mistakes (recorded in the mapping).</summary>
    private static KeyFigure? ReadFigure(YamlMapping entry, CitationResolver citations)
    {
        var valueText = entry.RequiredString("value", "value: 46 (digits, a dot for decimals)");
        var value = valueText.Length == 0 ? null : FigureValue.Parse(valueText);
        if (valueText.Length > 0)
        {
            entry.Check("value", value is not null, $"'{valueText}' is not a number", "write digits, e.g. value: 46 or value: 300000");
        }

        var kindText = entry.RequiredString("kind", "kind: percent (or count, year)");
        var kind = kindText.Length == 0 ? null : FigureValue.ParseKind(kindText);
        if (kindText.Length > 0)
        {
            entry.Check("kind", kind is not null, $"unknown kind '{kindText}'", "write kind: percent, kind: count or kind: year");
        }

        if (kind == FigureKind.Percent && value is > 100)
        {
            entry.Check("value", false, $"a share of {valueText} percent is more than the whole", "write a share between 0 and 100");
        }

        var label = entry.RequiredString("label", "label: About 46% of remittances to Azerbaijan come from Russia");
        var sentence = entry.OptionalString("sentence") ?? "";
        var cites = entry.StringList("cites");
        if (cites.Count == 0)
        {
            entry.Report(Diagnostic.Error("the figure cites no paragraph", entry.LocationOf("value") ?? entry.Location, "add cites: [p15] with the paragraph that gives the number"));
        }

        if (value is not { } v || kind is not { } k || label.Length == 0 || cites.Count == 0)
        {
            return null;
        }

        var resolved = cites.Select(c => citations.Resolve(c.Value, c.Location)).ToList();
        return new KeyFigure(v, k, label, sentence, resolved, entry.LocationOf("value") ?? entry.Location);
    }
}
