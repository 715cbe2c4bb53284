namespace Briefing.Search;

/// <summary>How many times the word numbered <paramref name="Word"/> (see <see cref="Vocabulary"/>) occurs in one field.</summary>
internal readonly record struct WordCount(int Word, int Count);
