namespace Briefing.Scaffolding;

/// <summary>What a figure counts.</summary>
internal enum FigureUnit
{
    /// <summary>A number of things: "more than 300,000".</summary>
    Count,

    /// <summary>A share: "about 46 percent".</summary>
    Percent,

    /// <summary>An amount of money: "$2 billion".</summary>
    Money,
}
