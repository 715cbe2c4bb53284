using Briefing.Pipeline;

namespace Briefing.Content;

/// <summary>The inputs of the link targets (base path, main article, glossary slugs, articles), as a cache dependency.</summary>
public sealed record LinkTargetSources(string BasePath, string? MainArticle, IReadOnlyList<string> GlossarySlugs, IReadOnlyList<Document> Articles);
