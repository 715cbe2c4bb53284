using Briefing.Content;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Publishing;
using Briefing.Seeds;
using Briefing.Timeline;

namespace Briefing.Site;

/// <summary>The page kinds of the site, each declared by the feature that makes its pages.</summary>
internal static class SitePageKinds
{
    public static readonly PageKinds Default = new(
    [
        .. SeedKinds.All, .. ContentKinds.All, .. TimelineKinds.All, .. GlossaryKinds.All, .. PublishingKinds.All,
    ]);
}
