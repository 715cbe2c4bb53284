using System.Runtime.InteropServices;

namespace Briefing.Search;

/// <summary>
/// The words of one index build, numbered in the order they are first met, and the counts of the field being
/// read. Found by their characters, so a word already known costs no string. Used by one thread at a time.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> words = [];
    private readonly List<int> counted = [];
    private int[] counts = new int[1024];

    public Vocabulary() => lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => words.Count;

    public string WordOf(int number) => words[number];

    /// <summary>Counts one occurrence of <paramref name="word"/> in the field being read.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out var known);
        if (!known)
        {
            number = words.Count;
            words.Add(lookup.TryGetValue(word, out var key, out _) ? key : word.ToString());
            if (number == counts.Length)
            {
                Array.Resize(ref counts, counts.Length * 2);
            }
        }

        if (counts[number]++ == 0)
        {
            counted.Add(number);
        }
    }

    /// <summary>The counts of the field just read (word number and occurrences), and a clean slate for the next.</summary>
    public (int Word, int Count)[] TakeCounts()
    {
        var result = new (int Word, int Count)[counted.Count];
        for (var i = 0; i < counted.Count; i++)
        {
            result[i] = (counted[i], counts[counted[i]]);
            counts[counted[i]] = 0;
        }

        counted.Clear();
        return result;
    }
}
