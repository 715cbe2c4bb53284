namespace Briefing.Content;

/// <summary>The front matter of a Markdown page in <c>input/</c>.</summary>
public sealed record PageFrontMatter
{
    public static readonly string[] Keys = ["title", "description", "order", "layout", "draft", "permalink", "date", "redirect_from"];

    public string? Title { get; init; }

    public string? Description { get; init; }

    public int Order { get; init; }

    public string? Layout { get; init; }

    /// <summary>Where <see cref="Layout"/> was written, to report a layout that does not exist there.</summary>
    public Briefing.Pipeline.Diagnostics.SourceLocation? LayoutLocation { get; init; }

    public bool Draft { get; init; }

    public string? Permalink { get; init; }

    public DateOnly? Date { get; init; }

    public IReadOnlyList<string> RedirectFrom { get; init; } = [];
}
