using Briefing.Pipeline;

namespace Briefing.Links;

/// <summary>Document metadata the link steps add.</summary>
internal static class LinkKeys
{
    /// <summary>The site's link index, on the document that writes it.</summary>
    public static readonly MetadataKey<LinkIndex> Index = new("link-index");

    /// <summary>A written page's ids and links, read from its final text (<see cref="ReadPublishedLinks"/>).</summary>
    public static readonly MetadataKey<PublishedPage> Published = new("published-links");
}
