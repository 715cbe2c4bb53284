using System.Globalization;
using System.Text.Json;

namespace Briefing.Search;

/// <summary>
/// The index as files under <c>search/</c>, each a small script that hands its data to the page's search
/// (<c>BriefingSearchData(kind, number, data)</c>): scripts load from <c>file://</c>, where a browser refuses
/// to <c>fetch</c> local files, as well as over HTTP under any base path. <c>search/index.js</c> is the
/// manifest (stop words, kinds, entry count, part prefixes); <c>search/parts/N.js</c> a part's words and
/// postings; <c>search/entries/N.js</c> the display data of <see cref="EntriesPerFile"/> consecutive entries,
/// loaded only for the results shown.
/// </summary>
internal static class SearchIndexFiles
{
    public const string Folder = "search/";

    public const string Manifest = Folder + "index.js";

    /// <summary>The theme's script that reads the index in the browser, left out with the index when a site turns search off.</summary>
    public const string Script = "assets/search.js";

    public const int EntriesPerFile = 16;

    /// <summary>
    /// How many of the pages citing a paragraph its entry names; the rest are counted. A result shows them on one
    /// line, and a paragraph of a large briefing is cited by hundreds of summaries, which would make its entry file
    /// (loaded for any query that shows the paragraph) hundreds of kilobytes.
    /// </summary>
    public const int CitingPagesShown = 5;

    /// <summary>Bumped when the files' shape changes, so a script and an index of different builds notice.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// The index of <paramref name="entries"/> (grouped by kind, read once) as its files: the manifest, the parts,
    /// then the entry files. Each entry file is written as soon as its entries have been read, so an entry is not
    /// held once it is in the index and in its file.
    /// </summary>
    public static IReadOnlyList<SearchIndexFile> Write(IEnumerable<SearchEntry> entries, int partBudget = SearchIndexBuilder.PartBudget)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var script = new ScriptWriter();
        var entryFiles = new EntryFilesWriter(script);
        var index = SearchIndexBuilder.Build(entryFiles.Writing(entries), partBudget);
        var files = new List<SearchIndexFile>(1 + index.Parts.Count + entryFiles.Files.Count)
        {
            new(Manifest, script.Write("index", 0, index, WriteManifest), []),
        };
        for (var i = 0; i < index.Parts.Count; i++)
        {
            files.Add(new SearchIndexFile(PartPath(i), script.Write("part", i, index.Parts[i], WritePart), []));
        }

        files.AddRange(entryFiles.Files);
        return files;
    }

    public static string PartPath(int number) => $"{Folder}parts/{number.ToString(CultureInfo.InvariantCulture)}.js";

    public static string EntriesPath(int number) => $"{Folder}entries/{number.ToString(CultureInfo.InvariantCulture)}.js";

    /// <summary>The JSON inside one of the files, for readers that are not a browser (tests).</summary>
    public static string JsonOf(string script)
    {
        var start = script.IndexOf(',', script.IndexOf(',', StringComparison.Ordinal) + 1) + 1;
        return script[start..script.LastIndexOf(')')];
    }

    private static void WriteManifest(Utf8JsonWriter w, SearchIndex index)
    {
        w.WriteStartObject();
        w.WriteNumber("version", FormatVersion);
        w.WriteNumber("entries", index.EntryCount);
        w.WriteNumber("entriesPerFile", EntriesPerFile);
        w.WriteStartArray("kinds");
        foreach (var kind in Enum.GetValues<SearchKind>())
        {
            w.WriteStartArray();
            w.WriteStringValue(kind.ToString().ToLowerInvariant());
            w.WriteNumberValue(index.FirstOf(kind));
            w.WriteNumberValue(index.KindCounts[(int)kind]);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("stopWords");
        foreach (var word in SearchText.StopWords)
        {
            w.WriteStringValue(word);
        }

        w.WriteEndArray();
        w.WriteStartArray("parts");
        foreach (var part in index.Parts)
        {
            w.WriteStringValue(part.Prefix);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter w, SearchPart part)
    {
        w.WriteStartObject();
        for (var i = 0; i < part.Words.Count; i++)
        {
            w.WriteString(part.Words[i].Key, part.Words[i].Value);
        }

        w.WriteEndObject();
    }
}
