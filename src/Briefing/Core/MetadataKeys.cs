using Briefing.Seeds;

namespace Briefing.Core;

/// <summary>Document metadata keys shared between features.</summary>
public static class MetadataKeys
{
    /// <summary>The <see cref="Core.Page"/> a document renders.</summary>
    public const string Page = "page";

    /// <summary>The resolved article (<c>Seeds.Article</c>) of an article page.</summary>
    public const string Article = "article";

    /// <summary>Page-kind-specific model handed to the layout under the name <c>data</c>.</summary>
    public const string LayoutData = "layout-data";

    /// <summary>The outside sources a page's context chips link to (<c>IReadOnlyList&lt;SourceView&gt;</c>), for "Sources beyond the article".</summary>
    public const string ContextSources = "context-sources";

    /// <summary>Glossary mentions found on a page.</summary>
    public const string Mentions = "mentions";

    /// <summary>
    /// Site paths (<c>articles/x/#p9</c>) that a written file other than a page links to, as a list of strings;
    /// the link checker checks them like the links of a page.
    /// </summary>
    public const string SiteLinks = "site-links";

    /// <summary>
    /// A written file made of bytes rather than text (a <c>byte[]</c>, e.g. a rendered picture): written as they
    /// are instead of the document's content.
    /// </summary>
    public const string Bytes = "bytes";
}
