namespace Briefing.Figures;

/// <summary>What a key figure's value is: a share of a whole, a count of things, or a year.</summary>
internal enum FigureKind
{
    Percent,
    Count,
    Year,
}
