using Briefing.Citations;
using Briefing.Core;

namespace Briefing.Content;

/// <summary>What the Markdown link rewriter resolves links against.</summary>
internal sealed record LinkTargets(CitationResolver Citations, Func<string, XrefTarget?> Xref, SiteUrls Urls)
{
    /// <summary>Outside sources that <c>source:id</c> links name.</summary>
    public SourceList Sources { get; init; } = SourceList.Empty;
}
