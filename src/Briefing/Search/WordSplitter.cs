using System.Text;

namespace Briefing.Search;

/// <summary>
/// The index builder's reading of <see cref="SearchText.Words"/>: the same words, in one pass over the text and
/// without folding the whole text first. ASCII is lower-cased as it is read; each run of other characters is
/// folded with <see cref="SearchText.Fold"/> and the result kept, since a briefing repeats its few non-ASCII
/// runs (’, —, “, é) on every page. Used by one thread at a time.
/// </summary>
/// <remarks>
/// Folding run by run is folding the whole text: canonical decomposition works code point by code point and
/// reorders combining marks only between two starters, and every ASCII character is a starter that stays itself,
/// so the text's decomposition is its runs' decompositions side by side.
/// </remarks>
internal sealed class WordSplitter
{
    // Longer runs (a word in another script) are rarely repeated and are folded each time.
    private const int LongestKeptRun = 24;

    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _foldedLookup;
    private char[] _word = new char[64];
    private int _length;

    // An apostrophe just read after a word: it joins the word to what follows if that is a letter or a digit.
    private bool _apostrophe;

    public WordSplitter() => _foldedLookup = _folded.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Hands each word of <paramref name="text"/> to <paramref name="onWord"/>, stop words included.</summary>
    public void ForEachWord(string text, SearchWordHandler onWord)
    {
        ArgumentNullException.ThrowIfNull(text);
        (_length, _apostrophe) = (0, false);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAscii(c))
            {
                Ascii(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c, onWord);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsAscii(text[i]))
            {
                i++;
            }

            Other(Folded(text.AsSpan(start, i - start)), onWord);
        }

        End(onWord);
    }

    private void Ascii(char c, SearchWordHandler onWord)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            Append(c);
        }
        else if (c == '\'' && _length > 0 && !_apostrophe)
        {
            _apostrophe = true;
        }
        else
        {
            End(onWord);
        }
    }

    private void Other(ReadOnlySpan<char> folded, SearchWordHandler onWord)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (char.IsAscii(folded[i]))
            {
                Ascii(folded[i++], onWord);
                continue;
            }

            Rune.DecodeFromUtf16(folded[i..], out var rune, out var units);
            if (Rune.IsLetterOrDigit(rune))
            {
                foreach (var unit in folded.Slice(i, units))
                {
                    Append(unit);
                }
            }
            else
            {
                End(onWord);
            }

            i += units;
        }
    }

    private void Append(char c)
    {
        _apostrophe = false;
        if (_length == _word.Length)
        {
            Array.Resize(ref _word, _word.Length * 2);
        }

        _word[_length++] = c;
    }

    // A character that is not part of a word ends the one being read (and an apostrophe waiting after it).
    private void End(SearchWordHandler onWord)
    {
        _apostrophe = false;
        if (_length > 0)
        {
            onWord(_word.AsSpan(0, _length));
            _length = 0;
        }
    }

    private string Folded(ReadOnlySpan<char> run)
    {
        if (_foldedLookup.TryGetValue(run, out var folded))
        {
            return folded;
        }

        var key = run.ToString();
        folded = SearchText.Fold(key);
        if (run.Length <= LongestKeptRun)
        {
            _folded[key] = folded;
        }

        return folded;
    }
}
