using Briefing.Core;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>
/// A seed read from disk together with its sidecar. <paramref name="Title"/> is the sidecar's title when it
/// gives one, else the text's; <paramref name="Slug"/> is the sidecar's slug, else derived from the title.
/// </summary>
internal sealed record LoadedSeed(
    string File,
    SeedArticle Article,
    SeedSidecar Sidecar,
    string Title,
    string Slug,
    IReadOnlyList<Diagnostic> Warnings);
