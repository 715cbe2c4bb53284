using Briefing.Pipeline;

namespace Briefing.Content;

/// <summary>The inputs of the link targets (base path, main article, glossary slugs, articles, outside sources), as a cache dependency.</summary>
internal sealed record LinkTargetSources(string BasePath, string? MainArticle, IReadOnlyList<string> GlossarySlugs, IReadOnlyList<Document> Articles, IReadOnlyList<Document> Sources);
