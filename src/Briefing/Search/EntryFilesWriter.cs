using System.Text.Json;

namespace Briefing.Search;

/// <summary>
/// Writes the entry files (<c>search/entries/N.js</c>, <see cref="SearchIndexFiles.EntriesPerFile"/> consecutive
/// entries each) while the entries are read for the index: each file is made once its last entry has passed, so
/// the entries need not be held until the index is done. Used by one thread at a time.
/// </summary>
internal sealed class EntryFilesWriter(ScriptWriter script)
{
    private readonly SearchEntry[] _pending = new SearchEntry[SearchIndexFiles.EntriesPerFile];
    private int _count;

    /// <summary>The entry files written so far, in order.</summary>
    public List<SearchIndexFile> Files { get; } = [];

    /// <summary>
    /// <paramref name="entries"/> passed on one by one; each full file of them is written on the way, and the
    /// last, shorter one when they end.
    /// </summary>
    public IEnumerable<SearchEntry> Writing(IEnumerable<SearchEntry> entries)
    {
        foreach (var entry in entries)
        {
            yield return entry;
            _pending[_count++] = entry;
            if (_count == _pending.Length)
            {
                Flush();
            }
        }

        Flush();
    }

    private void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        var number = Files.Count;
        var entries = new EntryRange(_pending, _count);
        Files.Add(new SearchIndexFile(SearchIndexFiles.EntriesPath(number), script.Write("entries", number, entries, WriteEntries), entries.Links()));
        Array.Clear(_pending);
        _count = 0;
    }

    // Short keys: these files are fetched while the reader types. u: site path, t: title, c: context,
    // x: snippet text, b: pages citing it ([title, site path] pairs, the first SearchIndexFiles.CitingPagesShown),
    // n: how many pages cite it, when that is more than b holds.
    private static void WriteEntries(Utf8JsonWriter w, EntryRange entries)
    {
        w.WriteStartArray();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            w.WriteStartObject();
            w.WriteString("u", entry.Url);
            w.WriteString("t", entry.Title);
            if (entry.Context.Length > 0)
            {
                w.WriteString("c", entry.Context);
            }

            if (entry.Snippet.Length > 0)
            {
                w.WriteString("x", entry.Snippet);
            }

            if (entry.CitedBy.Count > 0)
            {
                w.WriteStartArray("b");
                foreach (var link in EntryRange.CitingPagesShown(entry))
                {
                    w.WriteStartArray();
                    w.WriteStringValue(link.Title);
                    w.WriteStringValue(link.Url);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
                if (entry.CitedBy.Count > SearchIndexFiles.CitingPagesShown)
                {
                    w.WriteNumber("n", entry.CitedBy.Count);
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
