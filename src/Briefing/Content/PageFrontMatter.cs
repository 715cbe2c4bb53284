using Briefing.Seeds;

namespace Briefing.Content;

/// <summary>The front matter of a Markdown page in <c>input/</c>.</summary>
internal sealed record PageFrontMatter
{
    public static readonly string[] Keys = ["title", "description", "order", "layout", "draft", "permalink", "date", "redirect_from", "search", "article", "image", "image_alt"];

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

    /// <summary>The slug of the article this page's bare citations (<c>cite:p5</c>) point to, if not the main one.</summary>
    public string? Article { get; init; }

    /// <summary>An asset of the site (<c>/assets/cover.png</c>) shown in link previews instead of the page's own card.</summary>
    public string? Image { get; init; }

    /// <summary>The text alternative of <see cref="Image"/> (<c>image_alt:</c>); the page's title when left out.</summary>
    public string? ImageAlt { get; init; }

    /// <summary>Where <see cref="Image"/> was written, to report an image the site does not have.</summary>
    public Briefing.Pipeline.Diagnostics.SourceLocation? ImageLocation { get; init; }

    /// <summary>False to leave the page out of the site search (<c>search: false</c>).</summary>
    public bool Search { get; init; } = true;
}
