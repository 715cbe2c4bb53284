using Briefing.Pipeline;

namespace Briefing.Figures;

/// <summary>Document metadata the key figures add.</summary>
internal static class FigureKeys
{
    /// <summary>The key figures read from their file.</summary>
    public static readonly MetadataKey<IReadOnlyList<KeyFigure>> Figures = new("key-figures");

    /// <summary>The home page's "Key figures" panel, as HTML (the home layout's <c>figures</c>).</summary>
    public static readonly MetadataKey<string> Panel = new("key-figures-panel");
}
