using Briefing.Citations;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Figures;

/// <summary>
/// One key figure of <c>input/data/figures.yml</c>: its value and kind, the label shown with it (keeping the
/// article's qualifier, such as "about"), a short sentence and the paragraphs it rests on.
/// <see cref="Location"/> is where its value is written, where a mistake in it is reported.
/// </summary>
internal sealed record KeyFigure(
    decimal Value,
    FigureKind Kind,
    string Label,
    string Sentence,
    IReadOnlyList<Citation> Citations,
    SourceLocation Location)
{
    /// <summary>The value as a number mention, to look up in the cited paragraphs.</summary>
    public NumberMention AsMention => new(Value, Kind == FigureKind.Percent, FigureValue.Format(Value, Kind), 0, null);
}
