using Briefing.Citations;

namespace Briefing.Content;

/// <summary>What a document's links cite: article paragraphs (¶ chips) and outside sources (context chips), in order.</summary>
internal sealed record RewrittenLinks(IReadOnlyList<Citation> Citations, IReadOnlyList<OutsideSource> Sources);
