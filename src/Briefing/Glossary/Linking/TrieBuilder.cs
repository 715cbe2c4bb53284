namespace Briefing.Glossary.Linking;

/// <summary>The mutable trie <see cref="PatternAutomaton"/> is frozen from.</summary>
internal sealed class TrieBuilder
{
    private readonly Dictionary<(int State, ushort Symbol), int> _edges = [];

    public TrieBuilder()
    {
        Children.Add([]);
        Terms.Add(-1);
        Depths.Add(0);
    }

    public List<List<(ushort Symbol, int Target)>> Children { get; } = [];

    /// <summary>Per state: the term whose key ends there, or -1.</summary>
    public List<int> Terms { get; } = [];

    public List<int> Depths { get; } = [];

    public void Add(string key, ushort[] symbolOfKeyCharacter, int term)
    {
        var state = 0;
        foreach (var c in key)
        {
            var symbol = symbolOfKeyCharacter[c];
            if (!_edges.TryGetValue((state, symbol), out var next))
            {
                next = Children.Count;
                Children.Add([]);
                Terms.Add(-1);
                Depths.Add(Depths[state] + 1);
                Children[state].Add((symbol, next));
                _edges[(state, symbol)] = next;
            }

            state = next;
        }

        Terms[state] = term;
    }
}
