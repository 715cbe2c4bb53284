namespace Briefing.Search;

/// <summary>
/// The words of the index that start with <see cref="Prefix"/> (and have not been split off into a longer
/// prefix's part), each with its encoded postings, in ordinal order of the words.
/// </summary>
internal sealed record SearchPart(string Prefix, IReadOnlyList<KeyValuePair<string, string>> Words);
