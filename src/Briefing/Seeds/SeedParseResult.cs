using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>A parsed seed and the warnings about parts of its structure that were not recognised.</summary>
internal sealed record SeedParseResult(SeedArticle Article, IReadOnlyList<Diagnostic> Warnings);
