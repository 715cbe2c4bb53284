using Briefing.Core;

namespace Briefing.Seeds;

/// <summary>
/// Metadata from the optional <c>seeds/&lt;name&gt;.yml</c> next to a seed, for what the raw text lacks.
/// Every value is null when the sidecar does not give it; nothing is ever guessed.
/// <paramref name="Title"/> overrides the title found in the text.
/// </summary>
internal sealed record SeedSidecar(
    string? SourceUrl,
    string? Publisher,
    string? Author,
    string? Slug,
    string? Language,
    string? Title)
{
    public static SeedSidecar Empty { get; } = new(null, null, null, null, null, null);
}
