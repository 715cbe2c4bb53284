using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Briefing.Content;
using Briefing.Links;

namespace Briefing.Benchmarks;

/// <summary>
/// The link checker's first pass (<see cref="PageLinkScanner"/>): reading the ids and links of 1,000 written pages,
/// each a head with the meta tags a page carries and a body of four sections rendered from the real seed's
/// paragraphs with the site's Markdown configuration.
/// </summary>
[MemoryDiagnoser]
public class PageLinkScannerBenchmarks
{
    private const int PageCount = 1_000;

    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var file = Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var paragraphs = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Skip(4).Select(p => p.Trim()).Where(p => p.Length > 100).ToArray();
        var random = new SeededRandom(20251203);
        var markdown = new MarkdownParser();
        _pages = [.. Enumerable.Range(0, PageCount).Select(i => Page(i, markdown.Render(markdown.Parse(GeneratedPageMarkdown.Body(i, paragraphs, random, "?a=1&b=2")))))];
    }

    [Benchmark(Description = "Scan 1,000 pages for ids and links")]
    public int ScanPages()
    {
        var found = 0;
        foreach (var page in _pages)
        {
            var scanned = PageLinkScanner.Scan("page.html", page);
            found += scanned.Ids.Count + scanned.Links.Count;
        }

        return found;
    }

    private static string Page(int i, string body) => string.Create(CultureInfo.InvariantCulture, $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Page {i}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta property="og:url" content="https://example.org/bench/page-{i:00000}/">
        <meta property="og:image" content="https://example.org/cards/page-{i:00000}.png">
        <link rel="stylesheet" href="../../assets/site.css"><script src="../../assets/search.js" defer></script></head>
        <body class="kind-page"><header><nav><a href="../../">Home</a> <a href='../../glossary/'>Glossary</a> <a href=../../timeline/>Timeline</a></nav></header>
        <main id="main">{body}</main><footer><a href="#main" class="skip">Top</a></footer></body></html>
        """);
}
