namespace Briefing.Seeds;

/// <summary>The photo-credit line of a seed, split at its colon, e.g. <c>("Фото", "Getty Images")</c>.</summary>
internal sealed record SeedCredit(string Label, string Value);
