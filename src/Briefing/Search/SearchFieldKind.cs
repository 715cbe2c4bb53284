namespace Briefing.Search;

/// <summary>
/// The parts of an entry that the scoring weighs differently (<see cref="SearchScoring"/>): a word in a term's
/// name or a heading says more about what the entry is about than the same word in running text.
/// </summary>
internal enum SearchFieldKind
{
    /// <summary>A glossary term's name and aliases.</summary>
    Name,

    /// <summary>A heading, an event's title, a page's title.</summary>
    Title,

    /// <summary>A one-sentence summary: a term's short definition, a page's description.</summary>
    Summary,

    /// <summary>Running text.</summary>
    Text,
}
