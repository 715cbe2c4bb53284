using Briefing.Pipeline;

namespace Briefing.Core;

/// <summary>
/// What every page of the site shares, whatever produced it: the layout renders it, the sitemap, feed and
/// link index list it. <see cref="Path"/> is relative to the site root and ends in '/' ("" for the home page).
/// </summary>
internal sealed record Page
{
    public required PageKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Path { get; init; }

    public required string Layout { get; init; }

    /// <summary>Where the front matter chose <see cref="Layout"/>; null when the layout is the default for the page's kind.</summary>
    public Briefing.Pipeline.Diagnostics.SourceLocation? LayoutLocation { get; init; }

    public string? Description { get; init; }

    public int Order { get; init; }

    /// <summary>The content's own date (never the build time), used for sitemaps and feeds.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The source file relative to the site root, for error messages.</summary>
    public string SourceFile { get; init; } = "";

    /// <summary>Old paths that should keep working by redirecting here.</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>
    /// Keep links site-absolute (with the base path) instead of relative: for pages served at any URL, like 404.html.
    /// </summary>
    public bool AbsoluteLinks { get; init; }

    /// <summary>The image named by <c>image:</c> in front matter, shown in link previews instead of the page's card.</summary>
    public PageImage? Image { get; init; }

    /// <summary>Whether the site search indexes this page (front matter <c>search: false</c> turns it off).</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>
    /// The one way a page is made, read from a file or generated: the kind decides its default layout, so no
    /// feature restates it.
    /// </summary>
    public static Page Of(PageKind kind, string title, string path, string sourceFile) => new()
    {
        Kind = kind,
        Title = title,
        Path = path,
        Layout = kind.DefaultLayout,
        SourceFile = sourceFile,
    };

    /// <summary>A new document for a page the build makes itself rather than reads from a file.</summary>
    public Document ToDocument(string content = "") =>
        new Document { Source = SourceFile, Destination = Destination, Content = content }.With(CoreKeys.Page, this);

    /// <summary>The output file for this page.</summary>
    public string Destination => Path.Length == 0 ? "index.html" : Path.EndsWith(".html", StringComparison.Ordinal) ? Path : Path + "index.html";
}
