using Briefing.Core;

namespace Briefing.Layouts;

/// <summary>The pages of one kind, in reading order, as layouts see them.</summary>
internal sealed record KindPages(PageKind Kind, IReadOnlyList<PageView> Pages);
