namespace Briefing.Publishing;

/// <summary>The sitemap and the Atom feed of a build, as <see cref="AddPublishingFiles"/> keeps them between preview rebuilds.</summary>
internal sealed record PublishingTexts(string Sitemap, string Feed);
