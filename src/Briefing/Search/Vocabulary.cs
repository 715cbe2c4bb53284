using System.Runtime.InteropServices;

namespace Briefing.Search;

/// <summary>
/// The words of one index build, numbered in the order they are first met, and the counts of the field being
/// read. Found by their characters, so a word already known costs no string; the stop words are known from the
/// start, so the one lookup also says that a word is not indexed. Used by one thread at a time.
/// </summary>
internal sealed class Vocabulary
{
    private const int StopWord = -1;

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];
    private readonly List<int> _counted = [];
    private int[] _counts = new int[1024];

    public Vocabulary()
    {
        _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in SearchText.StopWords)
        {
            _numbers[word] = StopWord;
        }
    }

    public int Count => _words.Count;

    /// <summary>How many indexed words (occurrences) the field being read has so far.</summary>
    public int Length { get; private set; }

    public string WordOf(int number) => _words[number];

    /// <summary>Counts one occurrence of <paramref name="word"/> in the field being read, unless it is a stop word.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out var known);
        if (!known)
        {
            number = _words.Count;
            _words.Add(_lookup.TryGetValue(word, out var key, out _) ? key : word.ToString());
            if (number == _counts.Length)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
            }
        }
        else if (number == StopWord)
        {
            return;
        }

        Length++;
        if (_counts[number]++ == 0)
        {
            _counted.Add(number);
        }
    }

    /// <summary>How many different words the field being read has so far.</summary>
    public int Different => _counted.Count;

    /// <summary>
    /// Writes the counts of the field just read (word number and occurrences, in the order the words were first
    /// met in it) to <paramref name="counts"/>, <see cref="Different"/> of them, and leaves a clean slate for the
    /// next field.
    /// </summary>
    public void TakeCounts(Span<WordCount> counts)
    {
        var counted = CollectionsMarshal.AsSpan(_counted);
        for (var i = 0; i < counted.Length; i++)
        {
            counts[i] = new WordCount(counted[i], _counts[counted[i]]);
            _counts[counted[i]] = 0;
        }

        _counted.Clear();
        Length = 0;
    }
}
