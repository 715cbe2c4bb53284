using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Briefing.Glossary.Linking;

namespace Briefing.Benchmarks;

/// <summary>
/// The glossary linker at the scale of a large briefing: 1,000 terms over 4,000 pages of ~600 words.
/// Linking changes the DOM, so the per-page benchmarks parse a fresh page each time; the difference
/// between <see cref="ParseAndSerialisePage"/> (work every page build does anyway) and
/// <see cref="ParseLinkAndSerialisePage"/> is the linker's cost per page.
/// </summary>
[MemoryDiagnoser]
public class TermLinkerBenchmarks
{
    private const int TermCount = 1_000;
    private const int PageCount = 4_000;
    private const int WordsPerPage = 600;
    private const int MeasuredPage = 1_234;

    private readonly HtmlParser parser = new();
    private TermPattern[] patterns = [];
    private string[] pageTexts = [];
    private string pageHtml = "";
    private TermMatcher matcher = null!;
    private TermLinker linker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var glossary = new SyntheticGlossary(TermCount, PageCount, WordsPerPage, seed: 20250701);
        patterns = [.. glossary.Patterns()];
        pageTexts = [.. glossary.Pages.Select(html => Body(parser.ParseDocument(html)).TextContent)];
        pageHtml = glossary.Pages[MeasuredPage];
        matcher = new TermMatcher(patterns);
        linker = new TermLinker(glossary.Terms);
    }

    // Returned as object: a benchmark method is public, the matcher's type internal; the result is still consumed.
    [Benchmark(Description = "Build matcher (1,000 terms)")]
    public object BuildMatcher() => new TermMatcher(patterns);

    [Benchmark(Description = "FindAll over 4,000 pages")]
    public int FindAllOverAllPages()
    {
        var found = 0;
        foreach (var text in pageTexts)
        {
            found += matcher.FindAll(text).Count;
        }

        return found;
    }

    [Benchmark(Description = "Parse + serialise one page")]
    public string ParseAndSerialisePage() => Body(parser.ParseDocument(pageHtml)).InnerHtml;

    [Benchmark(Description = "Parse + link + serialise one page")]
    public string ParseLinkAndSerialisePage()
    {
        var body = Body(parser.ParseDocument(pageHtml));
        linker.Link(body.FirstElementChild!, ownSlug: "term-7");
        return body.InnerHtml;
    }

    private static IElement Body(IDocument document) => document.Body!;
}
