using System.Text;
using System.Text.Json;
using Briefing.Search;

namespace Briefing.Tests.Search;

/// <summary>
/// Reads the written index files the way the browser's search does (manifest, the parts whose prefix fits the
/// word, the postings of every word that starts with it), so tests can ask what a query finds.
/// </summary>
internal sealed class IndexLookup
{
    private readonly Dictionary<string, string> _files;
    private readonly List<string> _prefixes;

    public IndexLookup(IEnumerable<SearchIndexFile> files)
    {
        _files = files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);
        using var manifest = JsonDocument.Parse(SearchIndexFiles.JsonOf(_files[SearchIndexFiles.Manifest]));
        _prefixes = [.. manifest.RootElement.GetProperty("parts").EnumerateArray().Select(p => p.GetString()!)];
        Entries = manifest.RootElement.GetProperty("entries").GetInt32();
    }

    public int Entries { get; }

    public IReadOnlyList<string> Prefixes => _prefixes;

    /// <summary>The part numbers the browser loads for a word (as a prefix when longer than one character).</summary>
    public IReadOnlyList<int> PartsFor(string word, bool asPrefix) =>
        [.. _prefixes.Select((prefix, i) => (prefix, i))
            .Where(p => word.StartsWith(p.prefix, StringComparison.Ordinal) || (asPrefix && p.prefix.StartsWith(word, StringComparison.Ordinal)))
            .Select(p => p.i)];

    public IReadOnlyDictionary<string, string> Part(int number)
    {
        using var json = JsonDocument.Parse(SearchIndexFiles.JsonOf(_files[SearchIndexFiles.PartPath(number)]));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    /// <summary>Entry → best impact of the words that <paramref name="word"/> matches.</summary>
    public IReadOnlyDictionary<int, int> Find(string word)
    {
        var asPrefix = word.EnumerateRunes().Count() > 1;
        var found = new Dictionary<int, int>();
        foreach (var number in PartsFor(word, asPrefix))
        {
            foreach (var (indexed, postings) in Part(number))
            {
                if (indexed == word || (asPrefix && indexed.StartsWith(word, StringComparison.Ordinal)))
                {
                    foreach (var posting in PostingCodec.Decode(postings))
                    {
                        found[posting.Entry] = Math.Max(found.GetValueOrDefault(posting.Entry), posting.Impact);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Entries ranked as the browser ranks one word's results: by impact, then by number.</summary>
    public IReadOnlyList<int> Ranked(string word) =>
        [.. Find(word).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key)];
}
