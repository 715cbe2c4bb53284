using Briefing.Pipeline;

namespace Briefing.Core;

/// <summary>Document metadata every feature may read or write: the page a document renders and the files the link checker reads.</summary>
internal static class CoreKeys
{
    /// <summary>The <see cref="Core.Page"/> a document renders.</summary>
    public static readonly MetadataKey<Page> Page = new("page");

    /// <summary>
    /// Site paths (<c>articles/x/#p9</c>) that a written file other than a page links to; the link checker checks
    /// them like the links of a page.
    /// </summary>
    public static readonly MetadataKey<IReadOnlyList<string>> SiteLinks = new("site-links");

    /// <summary>For an asset on disk, the path it is copied from (the link checker reads assets the pages link to).</summary>
    public static readonly MetadataKey<string> CopyFrom = new("copy-from");

    /// <summary>For an asset of the default theme, its path inside the theme (it has none on disk).</summary>
    public static readonly MetadataKey<string> DefaultThemeFile = new("default-theme-file");

    /// <summary>A written file made of bytes rather than text (e.g. a rendered picture): written as they are instead of the content.</summary>
    public static readonly MetadataKey<byte[]> Bytes = new("bytes");

    /// <summary>A written file whose bytes are made only as it is written, or copied from the previous build (the social cards): see <see cref="IMadeOnWrite"/>.</summary>
    public static readonly MetadataKey<IMadeOnWrite> MadeOnWrite = new("made-on-write");
}
