namespace Briefing.Core;

/// <summary>How pages of one kind with the same front matter <c>order</c> sort in <see cref="ReadingOrder"/>, before their paths.</summary>
internal enum TitleOrder
{
    /// <summary>By path alone.</summary>
    None,

    /// <summary>By title, compared ordinally, as the navigation lists summaries.</summary>
    Ordinal,

    /// <summary>By the title's <see cref="SortKey"/>, as the glossary's A–Z index lists terms.</summary>
    Folded,
}
