using Briefing.Content;
using Briefing.Core;
using Briefing.Pipeline;
using Briefing.Theme;

namespace Briefing.Figures;

/// <summary>
/// Gives the home page its "Key figures" panel, rendered with the theme's <c>partials/key-figures.liquid</c>
/// from the figures read from <c>input/data/figures.yml</c>; the home layout places it. No figures, no panel.
/// </summary>
internal sealed class AddKeyFigures(string figuresPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var figures = context.Outputs(figuresPipeline)
            .SelectMany(d => d.Get(FigureKeys.Figures) ?? [])
            .Select(KeyFigureView.From)
            .ToList();
        if (figures.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var html = context.GetService<TemplateRenderer>().Render("partials/key-figures.liquid", new { figures });
        IReadOnlyList<Document> outputs = [.. inputs.Select(d => d.Get(CoreKeys.Page)?.Kind == ContentKinds.Home ? d.With(FigureKeys.Panel, html) : d)];
        return Task.FromResult(outputs);
    }
}
