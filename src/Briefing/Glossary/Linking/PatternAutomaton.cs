namespace Briefing.Glossary.Linking;

/// <summary>
/// An Aho–Corasick automaton over pattern keys (see <see cref="MatchCharacters.PatternKey"/>). Text characters
/// are mapped to the keys' alphabet through a table built once for all 65,536 UTF-16 units, so searching
/// does no case conversion. Transitions are stored sparsely (sorted per state) except for the start state,
/// which has a dense row because almost every failure path ends there. Immutable once built.
/// </summary>
internal sealed class PatternAutomaton
{
    private const int Root = 0;
    private const int NoState = -1;
    private const int LinearSearchLimit = 8;

    // Symbol 0 stands for every character that occurs in no pattern.
    private readonly ushort[] symbolOf;
    private readonly int[] rootRow;
    private readonly int[] transitionsStart;
    private readonly ushort[] transitionSymbols;
    private readonly int[] transitionTargets;
    private readonly int[] failure;
    private readonly int[] nextOutput;
    private readonly int[] termOf;
    private readonly int[] depth;

    /// <param name="keys">Distinct pattern keys, each with the index of the term it names.</param>
    /// <param name="foldCase">Whether text is case-folded before matching (keys must be folded too).</param>
    public PatternAutomaton(IReadOnlyList<(string Key, int Term)> keys, bool foldCase)
    {
        var symbolOfKeyCharacter = BuildAlphabet(keys, out var symbolCount);
        symbolOf = BuildSymbolTable(symbolOfKeyCharacter, foldCase);

        var trie = new TrieBuilder();
        foreach (var (key, term) in keys)
        {
            trie.Add(key, symbolOfKeyCharacter, term);
        }

        var stateCount = trie.Children.Count;
        termOf = [.. trie.Terms];
        depth = [.. trie.Depths];
        failure = new int[stateCount];
        nextOutput = new int[stateCount];
        rootRow = new int[symbolCount];
        (transitionsStart, transitionSymbols, transitionTargets) = FreezeTransitions(trie.Children);

        foreach (var (symbol, target) in trie.Children[Root])
        {
            rootRow[symbol] = target;
        }

        ComputeFailureLinks(trie.Children);
    }

    /// <summary>
    /// Records, for every start position, the longest whole-word occurrence found so far: a longer one found
    /// here replaces a shorter one in <paramref name="longestAt"/> (length) and <paramref name="termAt"/>.
    /// Runs in O(text length + occurrences).
    /// </summary>
    public void CollectLongestAtEachStart(string text, Span<int> longestAt, Span<int> termAt)
    {
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = Next(state, symbolOf[text[i]]);
            var output = termOf[state] >= 0 ? state : nextOutput[state];
            if (output == NoState || WordBoundary.ContinuesAt(text, i + 1))
            {
                continue;
            }

            do
            {
                var length = depth[output];
                var start = i + 1 - length;
                if (length > longestAt[start] && !WordBoundary.ContinuesBefore(text, start))
                {
                    longestAt[start] = length;
                    termAt[start] = termOf[output];
                }

                output = nextOutput[output];
            }
            while (output != NoState);
        }
    }

    /// <summary>
    /// Whether any pattern occurs in <paramref name="text"/> as a whole word; stops at the first one. Whenever
    /// this is false, <see cref="CollectLongestAtEachStart"/> finds nothing in the same text.
    /// </summary>
    public bool OccursIn(string text)
    {
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = Next(state, symbolOf[text[i]]);
            var output = termOf[state] >= 0 ? state : nextOutput[state];
            if (output == NoState || WordBoundary.ContinuesAt(text, i + 1))
            {
                continue;
            }

            do
            {
                if (!WordBoundary.ContinuesBefore(text, i + 1 - depth[output]))
                {
                    return true;
                }

                output = nextOutput[output];
            }
            while (output != NoState);
        }

        return false;
    }

    private int Next(int state, int symbol)
    {
        if (symbol == 0)
        {
            return Root;
        }

        while (state != Root)
        {
            var target = Transition(state, symbol);
            if (target != NoState)
            {
                return target;
            }

            state = failure[state];
        }

        return rootRow[symbol];
    }

    private int Transition(int state, int symbol)
    {
        var low = transitionsStart[state];
        var high = transitionsStart[state + 1] - 1;
        if (high - low < LinearSearchLimit)
        {
            for (var t = low; t <= high; t++)
            {
                if (transitionSymbols[t] == symbol)
                {
                    return transitionTargets[t];
                }
            }

            return NoState;
        }

        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = transitionSymbols[middle];
            if (found == symbol)
            {
                return transitionTargets[middle];
            }

            if (found < symbol)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return NoState;
    }

    // Breadth-first, so a state's failure target (strictly shallower) is final before the state is reached.
    private void ComputeFailureLinks(List<List<(ushort Symbol, int Target)>> children)
    {
        nextOutput[Root] = NoState;
        var queue = new Queue<int>();
        foreach (var (_, target) in children[Root])
        {
            failure[target] = Root;
            nextOutput[target] = NoState;
            queue.Enqueue(target);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (symbol, target) in children[state])
            {
                var fallback = Next(failure[state], symbol);
                failure[target] = fallback;
                nextOutput[target] = termOf[fallback] >= 0 ? fallback : nextOutput[fallback];
                queue.Enqueue(target);
            }
        }
    }

    // Symbols are numbered 1.. in character order; every other character is symbol 0.
    private static ushort[] BuildAlphabet(IReadOnlyList<(string Key, int Term)> keys, out int symbolCount)
    {
        var symbolOfKeyCharacter = new ushort[char.MaxValue + 1];
        foreach (var (key, _) in keys)
        {
            foreach (var c in key)
            {
                symbolOfKeyCharacter[c] = 1;
            }
        }

        symbolCount = 1;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (symbolOfKeyCharacter[c] != 0)
            {
                symbolOfKeyCharacter[c] = (ushort)symbolCount++;
            }
        }

        return symbolOfKeyCharacter;
    }

    private static ushort[] BuildSymbolTable(ushort[] symbolOfKeyCharacter, bool foldCase)
    {
        var keyCharacterOf = MatchCharacters.Table(foldCase);
        var table = new ushort[char.MaxValue + 1];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = symbolOfKeyCharacter[keyCharacterOf[c]];
        }

        return table;
    }

    private static (int[] Start, ushort[] Symbols, int[] Targets) FreezeTransitions(
        List<List<(ushort Symbol, int Target)>> children)
    {
        var start = new int[children.Count + 1];
        var total = 0;
        for (var state = 0; state < children.Count; state++)
        {
            start[state] = total;
            total += children[state].Count;
        }

        start[children.Count] = total;
        var symbols = new ushort[total];
        var targets = new int[total];
        for (var state = 0; state < children.Count; state++)
        {
            var edges = children[state];
            edges.Sort((a, b) => a.Symbol.CompareTo(b.Symbol));
            for (var e = 0; e < edges.Count; e++)
            {
                symbols[start[state] + e] = edges[e].Symbol;
                targets[start[state] + e] = edges[e].Target;
            }
        }

        return (start, symbols, targets);
    }
}
