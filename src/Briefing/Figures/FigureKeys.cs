namespace Briefing.Figures;

/// <summary>Document metadata the key figures add.</summary>
public static class FigureKeys
{
    /// <summary>The home page's "Key figures" panel, as HTML (the home layout's <c>figures</c>).</summary>
    public const string Panel = "key-figures-panel";
}
