using BenchmarkDotNet.Attributes;
using Briefing.Glossary;
using Briefing.Glossary.Linking;

namespace Briefing.Benchmarks;

/// <summary>
/// One page body through the glossary step as the build runs it (<see cref="PageBodyLinker"/>: parse, link, place
/// every mention, serialise), for a page that names terms and for one that names none, which the step answers
/// from a scan of its source without parsing it.
/// </summary>
[MemoryDiagnoser]
public class PageBodyLinkerBenchmarks
{
    private const int MeasuredPage = 1_234;

    private PageBodyLinker linker = null!;
    private string pageWithTerms = "";
    private string pageWithoutTerms = "";

    [GlobalSetup]
    public void Setup()
    {
        var glossary = new SyntheticGlossary(termCount: 1_000, pageCount: 4_000, wordsPerPage: 600, seed: 20250701);
        linker = new PageBodyLinker(new TermLinker(glossary.Terms), glossary.Terms);
        pageWithTerms = glossary.Pages[MeasuredPage];

        // The generated terms are made-up words, so ordinary prose names none of them.
        const string paragraph = "<p>The talks ended without an agreement, and both sides said they would meet again in the spring; "
            + "observers noted that the <em>tone</em> had changed, and that the <a href=\"https://example.org/\">statement</a> was short.</p>\n";
        pageWithoutTerms = string.Concat(Enumerable.Repeat(paragraph, 10));
    }

    [Benchmark(Description = "Link a page body that names terms")]
    public object LinkPageWithTerms() => linker.Link(pageWithTerms, ownSlug: null, _ => null);

    [Benchmark(Description = "Link a page body that names no term")]
    public object LinkPageWithoutTerms() => linker.Link(pageWithoutTerms, ownSlug: null, _ => null);
}
