namespace Briefing.Seeds;

/// <summary>
/// One body paragraph of a seed article. <paramref name="Number"/> is 1-based and gives the paragraph's
/// citable id (<see cref="Id"/>, e.g. <c>p3</c>). <paramref name="Line"/> and <paramref name="Column"/> are
/// 1-based and point at the paragraph's first character in the source file; columns count UTF-16 code units
/// and exclude a byte-order mark.
/// </summary>
internal sealed record SeedParagraph(int Number, string Text, int Line, int Column)
{
    public string Id => $"p{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
