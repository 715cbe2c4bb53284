using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Briefing.Content;
using Briefing.Search;

namespace Briefing.Benchmarks;

/// <summary>
/// The search index step at the scale of the build benchmark's largest corpus: 4,000 pages made as
/// <c>bench/compare.sh</c> makes them (four <c>##</c> sections, each two paragraphs of the real seed and a list item
/// with emphasis and a link), rendered with the site's Markdown configuration. Each stage of the step is measured
/// on its own: reading the bodies (the scan, and the parse it replaced), splitting the fields into words (the
/// splitter, and folding each whole field first as before), building the index, and building it with its files.
/// </summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private const int PageCount = 4_000;

    private readonly SearchableHtml _html = new();
    private string[] _bodies = [];
    private SearchEntry[] _entries = [];
    private string[] _fieldTexts = [];

    [GlobalSetup]
    public void Setup()
    {
        var file = Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var paragraphs = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Skip(4).Select(p => p.Trim()).Where(p => p.Length > 100).ToArray();
        var random = new SeededRandom(20251203);
        var markdown = new MarkdownParser();
        _bodies = [.. Enumerable.Range(0, PageCount).Select(i => markdown.Render(markdown.Parse(GeneratedPageMarkdown.Body(i, paragraphs, random))))];
        _entries = [.. _bodies.SelectMany((body, i) => Entries(i, _html.Sections(body)))];
        _fieldTexts = [.. _entries.SelectMany(e => e.Fields).Select(f => f.Text)];
    }

    [Benchmark(Description = "Read 4,000 bodies: scan")]
    public int ScanBodies() => _bodies.Sum(body => _html.Sections(body).Count);

    [Benchmark(Description = "Read 4,000 bodies: parse (before)")]
    public int ParseBodies() => _bodies.Sum(body => _html.ParsedSections(body).Count);

    [Benchmark(Description = "Split the fields into words: splitter")]
    public int SplitWords()
    {
        var splitter = new WordSplitter();
        var words = 0;
        foreach (var text in _fieldTexts)
        {
            splitter.ForEachWord(text, _ => words++);
        }

        return words;
    }

    [Benchmark(Description = "Split the fields into words: fold first (before)")]
    public int FoldThenSplitWords()
    {
        var words = 0;
        foreach (var text in _fieldTexts)
        {
            words += SearchText.ForEachIndexedWord(text, _ => { });
        }

        return words;
    }

    [Benchmark(Description = "Build the index (20,000 entries)")]
    public int BuildIndex() => SearchIndexBuilder.Build(_entries).Parts.Count;

    // The entry files are written while the index reads the entries, so the files are measured with the index.
    [Benchmark(Description = "Build the index and write its files")]
    public int WriteFiles() => SearchIndexFiles.Write(_entries).Count;

    // As the index makes a Markdown page's entries: the page (its title and the text before the first heading),
    // then each section with a heading id.
    private static IEnumerable<SearchEntry> Entries(int i, IReadOnlyList<PageSection> sections)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"bench/page-{i:00000}/");
        var title = string.Create(CultureInfo.InvariantCulture, $"Page {i:00000}");
        var intro = sections.Count > 0 && sections[0].Id is null ? sections[0].Text : "";
        yield return new SearchEntry(SearchKind.Section, path, title, "Page", intro,
            [new(SearchFieldKind.Title, title), new(SearchFieldKind.Summary, ""), new(SearchFieldKind.Text, intro)]);
        foreach (var section in sections.Where(s => s.Id is not null))
        {
            yield return new SearchEntry(SearchKind.Section, path + "#" + section.Id, section.Heading ?? "", title, section.Text,
                [new(SearchFieldKind.Title, section.Heading ?? ""), new(SearchFieldKind.Text, section.Text)]);
        }
    }
}
