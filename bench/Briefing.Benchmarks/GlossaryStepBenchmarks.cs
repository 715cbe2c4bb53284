using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Briefing.Content;
using Briefing.Glossary;
using Briefing.Glossary.Linking;

namespace Briefing.Benchmarks;

/// <summary>
/// The glossary step over the build benchmark's largest corpus: 4,000 pages made as <c>bench/compare.sh</c> makes
/// them (four <c>##</c> sections, each two of the seed's paragraphs and a list item), rendered with the site's
/// Markdown configuration and linked against the real site's 30 terms, one page after another on one thread. The
/// rows split the step's cost: the whole step as the build runs it, AngleSharp's parse alone, parse and
/// serialisation, and parse, linking and serialisation without placing the mentions; the whole step as it ran before
/// bodies were scanned (every body parsed); and the scan alone.
/// </summary>
[MemoryDiagnoser]
public class GlossaryStepBenchmarks
{
    private const int PageCount = 4_000;

    private string[] _bodies = [];
    private PageBodyLinker _bodyLinker = null!;
    private TermLinker _termLinker = null!;
    private readonly HtmlParser _parser = new();

    [GlobalSetup]
    public void Setup()
    {
        var file = Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var paragraphs = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Skip(4).Select(p => p.Trim()).Where(p => p.Length > 100).ToArray();
        var random = new SeededRandom(20251203);
        var markdown = new MarkdownParser();
        _bodies = [.. Enumerable.Range(0, PageCount).Select(i => markdown.Render(markdown.Parse(GeneratedPageMarkdown.Body(i, paragraphs, random))))];
        var terms = CorpusGlossary.Terms();
        _termLinker = new TermLinker(terms);
        _bodyLinker = new PageBodyLinker(_termLinker, terms);
    }

    [Benchmark(Description = "Link 4,000 bodies (the step)")]
    public int LinkBodies() => _bodies.Sum(body => _bodyLinker.Link(body, ownSlug: null, _ => null).Mentions.Count);

    [Benchmark(Description = "Link 4,000 bodies by parsing (before the scan)")]
    public int LinkBodiesByParsing() => _bodies.Sum(body => _bodyLinker.LinkParsed(body, ownSlug: null, _ => null).Mentions.Count);

    [Benchmark(Description = "Scan 4,000 bodies (no linking)")]
    public int ScanBodies() => _bodies.Sum(body => BodyScanner.Scan(body)!.Events.Count);

    [Benchmark(Description = "Parse 4,000 bodies")]
    public int ParseBodies() => _bodies.Sum(body => _parser.ParseDocument(string.Concat("<!DOCTYPE html><body>", body)).Body!.ChildElementCount);

    [Benchmark(Description = "Parse + serialise 4,000 bodies")]
    public int ParseAndSerialise() => _bodies.Sum(body => _parser.ParseDocument(string.Concat("<!DOCTYPE html><body>", body)).Body!.InnerHtml.Length);

    [Benchmark(Description = "Parse + link + serialise 4,000 bodies (no placing)")]
    public int ParseLinkAndSerialise() => _bodies.Sum(body =>
    {
        var document = _parser.ParseDocument(string.Concat("<!DOCTYPE html><body>", body));
        return _termLinker.Link(document.Body!).Mentions.Count + document.Body!.InnerHtml.Length;
    });
}
