namespace Briefing.Search;

/// <summary>Receives one word of a text, as characters that are valid only during the call.</summary>
internal delegate void SearchWordHandler(ReadOnlySpan<char> word);
