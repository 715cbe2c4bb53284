using Briefing.Pipeline;

namespace Briefing.Content;

/// <summary>The inputs of the link targets (base path, glossary slugs, articles), as a cache dependency.</summary>
public sealed record LinkTargetSources(string BasePath, IReadOnlyList<string> GlossarySlugs, IReadOnlyList<Document> Articles, IReadOnlyList<Document> Sources);
