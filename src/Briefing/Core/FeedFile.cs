namespace Briefing.Core;

/// <summary>The site's Atom feed, named here because page heads link to it before the feed itself is written.</summary>
internal static class FeedFile
{
    public const string Path = "feed.xml";
}
