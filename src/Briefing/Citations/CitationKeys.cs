using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Citations;

/// <summary>Document metadata the citation steps add.</summary>
internal static class CitationKeys
{
    /// <summary>The outside sources a page's context chips link to, for "Sources beyond the article".</summary>
    public static readonly MetadataKey<IReadOnlyList<SourceView>> ContextSources = new("context-sources");

    /// <summary>The warnings of the number check found when a document was read.</summary>
    public static readonly MetadataKey<IReadOnlyList<Diagnostic>> NumberWarnings = new("number-warnings");

    /// <summary>The site's outside sources, read from their file.</summary>
    public static readonly MetadataKey<SourceList> Sources = new("outside-sources");
}
