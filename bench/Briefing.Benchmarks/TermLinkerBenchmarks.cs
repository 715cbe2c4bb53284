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

    private readonly HtmlParser _parser = new();
    private TermPattern[] _patterns = [];
    private string[] _pageTexts = [];
    private string _pageHtml = "";
    private TermMatcher _matcher = null!;
    private TermLinker _linker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var glossary = new SyntheticGlossary(TermCount, PageCount, WordsPerPage, seed: 20250701);
        _patterns = [.. glossary.Patterns()];
        _pageTexts = [.. glossary.Pages.Select(html => Body(_parser.ParseDocument(html)).TextContent)];
        _pageHtml = glossary.Pages[MeasuredPage];
        _matcher = new TermMatcher(_patterns);
        _linker = new TermLinker(glossary.Terms);
    }

    // Returned as object: a benchmark method is public, the matcher's type internal; the result is still consumed.
    [Benchmark(Description = "Build matcher (1,000 terms)")]
    public object BuildMatcher() => new TermMatcher(_patterns);

    [Benchmark(Description = "FindAll over 4,000 pages")]
    public int FindAllOverAllPages()
    {
        var found = 0;
        foreach (var text in _pageTexts)
        {
            found += _matcher.FindAll(text).Count;
        }

        return found;
    }

    [Benchmark(Description = "Parse + serialise one page")]
    public string ParseAndSerialisePage() => Body(_parser.ParseDocument(_pageHtml)).InnerHtml;

    [Benchmark(Description = "Parse + link + serialise one page")]
    public string ParseLinkAndSerialisePage()
    {
        var body = Body(_parser.ParseDocument(_pageHtml));
        _linker.Link(body.FirstElementChild!, ownSlug: "term-7");
        return body.InnerHtml;
    }

    private static IElement Body(IDocument document) => document.Body!;
}
