using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Search;
using Briefing.Tests.Support;
using CsCheck;

namespace Briefing.Tests.Search;

public class SearchIndexBuilderTests
{
    private static SearchEntry Entry(SearchKind kind, string url, params SearchField[] fields) =>
        new(kind, url, url, "", fields.Length > 0 ? fields[^1].Text : "", fields);

    [Fact]
    public void A_word_in_a_name_outweighs_the_same_word_in_running_text()
    {
        SearchEntry[] entries =
        [
            Entry(SearchKind.Term, "b", new SearchField(SearchFieldKind.Name, "Remittances"), new SearchField(SearchFieldKind.Text, "Money sent home by workers abroad, weekly")),
            Entry(SearchKind.Paragraph, "a", new SearchField(SearchFieldKind.Text, "Money sent home by remittances from workers abroad")),
            Entry(SearchKind.Section, "c", new SearchField(SearchFieldKind.Title, "Remittances"), new SearchField(SearchFieldKind.Text, "Money sent home by workers abroad, weekly")),
        ];
        var lookup = new IndexLookup(SearchIndexFiles.Write(entries));

        var found = lookup.Find("remit");
        Assert.Equal([0, 1, 2], found.Keys.Order());
        Assert.True(found[0] > found[2], "A name does not weigh more than a heading.");
        Assert.True(found[2] > found[1], "A heading does not weigh more than running text.");
    }

    [Fact]
    public void A_rare_word_weighs_more_than_a_common_one()
    {
        var entries = Enumerable.Range(0, 10)
            .Select(i => Entry(SearchKind.Paragraph, $"p{i}", new SearchField(SearchFieldKind.Text, i == 0 ? "Baku and Moscow trade" : "Baku and Moscow talk")))
            .ToList();
        var lookup = new IndexLookup(SearchIndexFiles.Write(entries));

        Assert.True(lookup.Find("trade")[0] > lookup.Find("baku")[0]);
        Assert.Equal(10, lookup.Find("moscow").Count);
    }

    [Fact]
    public void Stop_words_stay_out_of_the_index()
    {
        var lookup = new IndexLookup(SearchIndexFiles.Write(
            [Entry(SearchKind.Paragraph, "p", new SearchField(SearchFieldKind.Text, "The war in Ukraine"))]));

        Assert.Empty(lookup.Find("the"));
        var words = lookup.Prefixes.SelectMany((_, i) => lookup.Part(i).Keys).ToList();
        Assert.Equal(["ukraine", "war"], words);
    }

    [Fact]
    public void Parts_split_by_prefix_stay_within_their_budget_and_hold_each_word_once()
    {
        var entries = Enumerable.Range(0, 300)
            .Select(i => Entry(SearchKind.Section, $"s{i}", new SearchField(SearchFieldKind.Text, string.Join(' ', Enumerable.Range(0, 20).Select(j => Word(i * 31 + j))))))
            .ToList();
        var index = SearchIndexBuilder.Build(entries, partBudget: 2_000);

        Assert.True(index.Parts.Count > 5, $"Only {index.Parts.Count} parts with a 2,000-byte budget.");
        Assert.Equal(index.Parts.Select(p => p.Prefix).Order(StringComparer.Ordinal), index.Parts.Select(p => p.Prefix));
        foreach (var part in index.Parts)
        {
            Assert.All(part.Words, w => Assert.StartsWith(part.Prefix, w.Key, StringComparison.Ordinal));
            var size = part.Words.Sum(w => w.Key.Length + w.Value.Length + 6);
            Assert.True(size <= 2_000 || part.Words.All(w => SearchText.Length(w.Key) <= SearchText.Length(part.Prefix)) || part.Words.Count == 1,
                $"Part '{part.Prefix}' holds {size} bytes in {part.Words.Count} words.");
        }

        var all = index.Parts.SelectMany(p => p.Words.Select(w => w.Key)).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Entries_are_read_once_as_they_come_and_each_entry_file_holds_the_next_ones_in_order()
    {
        // Two full entry files and a shorter third; terms, paragraphs and events, no sections.
        var count = (2 * SearchIndexFiles.EntriesPerFile) + 5;
        var (terms, paragraphs) = (5, SearchIndexFiles.EntriesPerFile);
        var entries = Enumerable.Range(0, count)
            .Select(i => Entry(i < terms ? SearchKind.Term : i < terms + paragraphs ? SearchKind.Paragraph : SearchKind.Event, $"e{i}", new SearchField(SearchFieldKind.Text, $"word{i} shared")))
            .ToList();
        var enumerations = 0;
        IEnumerable<SearchEntry> Once()
        {
            enumerations++;
            foreach (var entry in entries)
            {
                yield return entry;
            }
        }

        var files = SearchIndexFiles.Write(Once());

        Assert.Equal(1, enumerations);
        var entryFiles = files.Where(f => f.Path.StartsWith(SearchIndexFiles.Folder + "entries/", StringComparison.Ordinal)).ToList();
        Assert.Equal([SearchIndexFiles.EntriesPath(0), SearchIndexFiles.EntriesPath(1), SearchIndexFiles.EntriesPath(2)], entryFiles.Select(f => f.Path));
        var urls = entryFiles.SelectMany(f => JsonDocument.Parse(SearchIndexFiles.JsonOf(Encoding.UTF8.GetString(f.Bytes))).RootElement.EnumerateArray())
            .Select(e => e.GetProperty("u").GetString());
        Assert.Equal(entries.Select(e => e.Url), urls);
        Assert.Equal(entries.Select(e => e.Url), entryFiles.SelectMany(f => f.Links));

        using var manifest = JsonDocument.Parse(SearchIndexFiles.JsonOf(Encoding.UTF8.GetString(files.Single(f => f.Path == SearchIndexFiles.Manifest).Bytes)));
        var kinds = manifest.RootElement.GetProperty("kinds").EnumerateArray()
            .Select(k => (k[0].GetString(), k[1].GetInt32(), k[2].GetInt32()));
        Assert.Equal([("term", 0, terms), ("paragraph", terms, paragraphs), ("section", terms + paragraphs, 0), ("event", terms + paragraphs, count - terms - paragraphs)], kinds);
        Assert.Equal(count, manifest.RootElement.GetProperty("entries").GetInt32());
        Assert.Equal(SearchIndexFiles.EntriesPerFile, manifest.RootElement.GetProperty("entriesPerFile").GetInt32());
        Assert.Equal(count, new IndexLookup(files).Find("shared").Count);
    }

    [Fact]
    public void A_paragraph_cited_by_many_pages_names_the_first_few_and_counts_them_all()
    {
        var citing = Enumerable.Range(0, SearchIndexFiles.CitingPagesShown + 7).Select(i => new SearchLink($"Summary {i}", $"summaries/s{i}/")).ToList();
        SearchEntry[] entries =
        [
            Entry(SearchKind.Paragraph, "articles/a/#p1", new SearchField(SearchFieldKind.Text, "cited often")) with { CitedBy = citing },
            Entry(SearchKind.Paragraph, "articles/a/#p2", new SearchField(SearchFieldKind.Text, "cited twice")) with { CitedBy = citing[..2] },
        ];

        var file = SearchIndexFiles.Write(entries).Single(f => f.Path == SearchIndexFiles.EntriesPath(0));

        using var json = JsonDocument.Parse(SearchIndexFiles.JsonOf(Encoding.UTF8.GetString(file.Bytes)));
        var often = json.RootElement[0];
        Assert.Equal(citing.Take(SearchIndexFiles.CitingPagesShown).Select(c => c.Title), often.GetProperty("b").EnumerateArray().Select(b => b[0].GetString()));
        Assert.Equal(citing.Count, often.GetProperty("n").GetInt32());
        var twice = json.RootElement[1];
        Assert.Equal(2, twice.GetProperty("b").GetArrayLength());
        Assert.False(twice.TryGetProperty("n", out _), "An entry that names every citing page counts them too.");
        Assert.Equal(
            ["articles/a/#p1", .. citing.Take(SearchIndexFiles.CitingPagesShown).Select(c => c.Url), "articles/a/#p2"],
            file.Links);
    }

    [Fact]
    public void Entries_not_grouped_by_kind_are_refused()
    {
        SearchEntry[] entries =
        [
            Entry(SearchKind.Section, "s", new SearchField(SearchFieldKind.Text, "one")),
            Entry(SearchKind.Term, "t", new SearchField(SearchFieldKind.Name, "two")),
        ];

        var refused = Assert.Throws<ArgumentException>(() => SearchIndexFiles.Write(entries));

        Assert.Contains("grouped by kind", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_files_are_byte_identical_whatever_the_culture()
    {
        var entries = Enumerable.Range(0, 40)
            .Select(i => Entry((SearchKind)(i % 4), $"e{i}", new SearchField(SearchFieldKind.Title, $"İstanbul Title {i}"), new SearchField(SearchFieldKind.Text, $"Text {Word(i)} {i * 1.5} ıi")))
            .OrderBy(e => e.Kind)
            .ToList();
        string Written() => string.Join("\n", SearchIndexFiles.Write(entries, 300).Select(f => f.Path + "\n" + Encoding.UTF8.GetString(f.Bytes)));

        string turkish, invariant;
        using (new CultureScope("tr-TR"))
        {
            turkish = Written();
        }

        using (new CultureScope("de-DE"))
        {
            invariant = Written();
        }

        Assert.Equal(invariant, turkish);
        Assert.Equal(invariant, Written());
    }

    /// <summary>Whatever the entries, a query for any word the index holds for an entry finds that entry.</summary>
    [Fact]
    public void Every_indexed_word_of_an_entry_is_found_by_a_query_for_it()
    {
        var text = Gen.Char["abcdeé’' -ЖжİıΣς1"].Array[0, 30].Select(chars => new string(chars));
        var field = Gen.Select(Gen.Enum<SearchFieldKind>(), text, (kind, t) => new SearchField(kind, t));
        var entry = field.Array[1, 3].Select(fields => new SearchEntry(SearchKind.Section, "u", "t", "", "", fields));
        Gen.Select(entry.Array[1, 25], Gen.Int[200, 3_000]).Sample((entries, budget) =>
        {
            var lookup = new IndexLookup(SearchIndexFiles.Write(entries, budget));
            for (var i = 0; i < entries.Length; i++)
            {
                foreach (var word in entries[i].Fields.SelectMany(f => SearchText.IndexedWords(f.Text)))
                {
                    Assert.True(lookup.Find(word).ContainsKey(i), $"'{word}' does not find entry {i}.");
                    var typed = SearchText.Prefix(word, 2);
                    if (SearchText.Length(typed) == 2)
                    {
                        Assert.True(lookup.Find(typed).ContainsKey(i), $"'{typed}' (the start of '{word}') does not find entry {i}.");
                    }
                }
            }
        }, iter: 300);
    }

    private static string Word(int n) =>
        string.Concat(n.ToString("x", CultureInfo.InvariantCulture).Select(c => (char)('a' + (c - '0') % 26))) + "ing";
}
