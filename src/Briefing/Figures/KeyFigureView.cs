using Briefing.Citations;

namespace Briefing.Figures;

/// <summary>A key figure as the theme's <c>partials/key-figures.liquid</c> sees it: the value already written, the share's bar, its chips.</summary>
internal sealed record KeyFigureView(string Value, string Kind, string Label, string Sentence, string? ShareSvg, IReadOnlyList<CitationView> Citations)
{
    public static KeyFigureView From(KeyFigure figure) => new(
        FigureValue.Format(figure.Value, figure.Kind),
        figure.Kind.ToString().ToLowerInvariant(),
        figure.Label,
        figure.Sentence,
        figure.Kind == FigureKind.Percent ? ShareBar.Svg(figure.Value) : null,
        [.. figure.Citations.Select(CitationView.From)]);
}
