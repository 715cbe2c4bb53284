using System.Globalization;
using System.Text;
using Briefing.Search;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>
/// What a reader's first query costs at 4,000 pages: the search script, the manifest, every index part the
/// browser loads for the query and the entry files of the results it shows. The index is built from 4,000
/// pages shaped like the benchmark's (four sections of two of the seed's paragraphs each, plus the article's
/// paragraphs, each cited by a thousand of the pages), and every one- and two-letter query that finds something
/// is tried.
/// </summary>
public class FirstQueryTransferTests(ITestOutputHelper output)
{
    private const int Pages = 4_000;

    /// <summary>The budget of the first query, script included (Pagefind's published figure for 10,000 pages).</summary>
    private const int Budget = 300_000;

    // search.js shows at most this many results of each kind (GROUPS: terms, paragraphs, sections, events).
    private static readonly Dictionary<SearchKind, int> Shown = new()
    {
        [SearchKind.Term] = 4,
        [SearchKind.Paragraph] = 5,
        [SearchKind.Section] = 5,
        [SearchKind.Event] = 3,
    };

    [Fact]
    public void A_first_query_of_one_or_two_letters_loads_at_most_300_kB_at_4000_pages()
    {
        var paragraphs = SeedParagraphs();
        var entries = Entries(paragraphs);
        var files = SearchIndexFiles.Write(entries);
        var sizes = files.ToDictionary(f => f.Path, f => f.Bytes.Length, StringComparer.Ordinal);
        var lookup = new IndexLookup(files);
        var script = (int)new FileInfo(Path.Combine(RepositoryRoot(), "theme", "assets", "search.js")).Length;

        var queries = lookup.Prefixes.Where(p => p.Length > 0).Select(p => SearchText.Prefix(p, 1))
            .Concat(lookup.Prefixes.Where(p => SearchText.Length(p) >= 2).Select(p => SearchText.Prefix(p, 2)))
            .Concat(entries.SelectMany(e => e.Fields).SelectMany(f => SearchText.IndexedWords(f.Text)).Take(20_000).Select(w => SearchText.Prefix(w, 2)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("re", queries);

        var costs = queries.Select(query =>
        {
            var asPrefix = SearchText.Length(query) > 1;
            var parts = lookup.PartsFor(query, asPrefix).Sum(n => sizes[SearchIndexFiles.PartPath(n)]);
            var shownFiles = lookup.Ranked(query)
                .GroupBy(e => entries[e].Kind)
                .SelectMany(g => g.Take(Shown[g.Key]))
                .Select(e => e / SearchIndexFiles.EntriesPerFile)
                .Distinct()
                .Sum(file => sizes[SearchIndexFiles.EntriesPath(file)]);
            return (Query: query, Bytes: script + sizes[SearchIndexFiles.Manifest] + parts + shownFiles);
        }).OrderByDescending(c => c.Bytes).ToList();

        var worst = costs[0];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queries.Count} queries; worst \"{worst.Query}\" {worst.Bytes} bytes; \"re\" {costs.Single(c => c.Query == "re").Bytes} bytes; script {script}, manifest {sizes[SearchIndexFiles.Manifest]}"));
        Assert.True(worst.Bytes <= Budget, $"the first query \"{worst.Query}\" loads {worst.Bytes} bytes, over {Budget}");
    }

    /// <summary>The seed's body paragraphs, as the benchmark's corpus takes them (blocks after the four header
    /// blocks, without the closing note, longer than 100 characters).</summary>
    private static List<string> SeedParagraphs()
    {
        var seed = Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var blocks = File.ReadAllText(seed).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return [.. blocks.Skip(4).SkipLast(1).Where(b => b.Length > 100)];
    }

    private static List<SearchEntry> Entries(List<string> paragraphs)
    {
        var random = new Random(42);
        var entries = new List<SearchEntry>();

        // Every page cites the article, as summaries do: each paragraph is cited by about a quarter of them.
        var citing = Enumerable.Range(0, Pages)
            .Select(page => new SearchLink(string.Create(CultureInfo.InvariantCulture, $"Page {page:00000}"), string.Create(CultureInfo.InvariantCulture, $"bench/page-{page:00000}/")))
            .ToList();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var number = (p + 1).ToString(CultureInfo.InvariantCulture);
            entries.Add(new SearchEntry(SearchKind.Paragraph, "articles/a/#p" + number, "¶" + number, "Article", paragraphs[p], [new(SearchFieldKind.Text, paragraphs[p])])
            {
                CitedBy = [.. citing.Where((_, page) => page % 4 == p % 4)],
            });
        }

        for (var page = 0; page < Pages; page++)
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"Page {page:00000}");
            var path = string.Create(CultureInfo.InvariantCulture, $"bench/page-{page:00000}/");
            entries.Add(new SearchEntry(SearchKind.Section, path, title, "Page", "", [new(SearchFieldKind.Title, title), new(SearchFieldKind.Summary, ""), new(SearchFieldKind.Text, "")]));
            for (var section = 1; section <= 4; section++)
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{paragraphs[random.Next(paragraphs.Count)]} {paragraphs[random.Next(paragraphs.Count)]} point {page}.{section} with emphasis and a link");
                var heading = string.Create(CultureInfo.InvariantCulture, $"Section {section}");
                entries.Add(new SearchEntry(SearchKind.Section, path + "#section-" + section, heading, title, text, [new(SearchFieldKind.Title, heading), new(SearchFieldKind.Text, text)]));
            }
        }

        return [.. entries.OrderBy(e => e.Kind)];
    }

    private static string RepositoryRoot() => RepositoryFiles.Root;
}
