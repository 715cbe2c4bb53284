namespace Briefing.Citations;

/// <summary>An outside source as templates see it: a context chip, or a line of "Sources beyond the article".</summary>
internal sealed record SourceView(string Id, string Name, string Href, string Description, string Title, string Publisher, string DateIso, string DateDisplay)
{
    /// <summary>The chip's accessible name, which begins with its visible label.</summary>
    public string AccessibleName => $"{Name}: {Description}";

    public static SourceView From(OutsideSource source) =>
        new(source.Id, source.Name, source.Url, source.Description, source.Title, source.Publisher, source.DateIso, source.DateDisplay);

    /// <summary>The distinct sources of a page, in the order of the file they are listed in.</summary>
    public static IReadOnlyList<SourceView> Listed(IEnumerable<OutsideSource> sources) =>
        [.. sources.DistinctBy(s => s.Id, StringComparer.Ordinal).OrderBy(s => s.Location.Line).Select(From)];
}
