using Briefing.Pipeline;
using System.Text;
using System.Text.Json;
using Briefing.Links;
using Briefing.Search;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>The index a build of the briefing writes: what it holds, what it leaves out, and that its links are checked.</summary>
public class SearchSiteTests
{
    [Fact]
    public async Task Remit_finds_the_Remittances_term_first_and_paragraph_15_which_names_the_summaries_citing_it()
    {
        using var site = TestSite.CopyOfRepository();
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var index = WrittenIndex(site);

        var ranked = index.Lookup.Ranked("remit");
        var terms = ranked.Where(e => index.Kinds[e] == "term").Select(e => index.Entry(e).GetProperty("t").GetString()).ToList();
        Assert.Equal("Remittances", terms[0]);
        var paragraph15 = ranked.Select(index.Entry).Single(e => e.GetProperty("t").GetString() == "¶15");
        Assert.Equal("articles/azerbaijan-russia-tensions/#p15", paragraph15.GetProperty("u").GetString());
        var citing = paragraph15.GetProperty("b").EnumerateArray().Select(b => b[1].GetString()).ToList();
        Assert.Contains("summaries/economic-ties/", citing);

        var karabakh = index.Lookup.Ranked("karabakh");
        Assert.Equal("Nagorno-Karabakh", index.Entry(karabakh[0]).GetProperty("t").GetString());
    }

    [Fact]
    public async Task Search_false_leaves_a_page_out_and_data_no_search_a_passage()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/summaries/outlook.md", "title: ", "search: false\ntitle: ");
        site.Append("input/summaries/economic-ties.md", "\n\n## Zanzibarian notes\n\nA zygomorphic remark.\n\n{data-no-search}\nA quixotically hidden remark.\n\n::: no-search\nAn xylographic remark.\n:::\n");
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var index = WrittenIndex(site);

        var urls = Enumerable.Range(0, index.Lookup.Entries).Select(e => index.Entry(e).GetProperty("u").GetString()!).ToList();
        Assert.DoesNotContain(urls, u => u.StartsWith("summaries/outlook/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("summaries/economic-ties/", StringComparison.Ordinal));
        var section = Assert.Single(index.Lookup.Ranked("zanzibarian"));
        Assert.Equal("summaries/economic-ties/#zanzibarian-notes", index.Entry(section).GetProperty("u").GetString());
        Assert.Equal([section], index.Lookup.Ranked("zygomorphic"));
        Assert.Empty(index.Lookup.Find("quixotically"));
        Assert.Empty(index.Lookup.Find("xylographic"));
    }

    [Fact]
    public async Task Search_false_leaves_out_a_glossary_term_and_the_home_page()
    {
        using var site = TestSite.CopyOfRepository();
        site.Edit("input/glossary/remittances.md", "term: Remittances\n", "term: Remittances\nsearch: false\n");
        site.Edit("input/index.md", "description: ", "search: false\ndescription: ");
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var index = WrittenIndex(site);

        var urls = Enumerable.Range(0, index.Lookup.Entries).Select(e => index.Entry(e).GetProperty("u").GetString()!).ToList();
        Assert.DoesNotContain("glossary/remittances/", urls);
        Assert.DoesNotContain("", urls);
        Assert.DoesNotContain(urls, u => u.StartsWith('#'));
        Assert.Contains("glossary/labor-migrants/", urls);
        Assert.DoesNotContain(index.Lookup.Ranked("remit"), e => index.Kinds[e] == "term" && index.Entry(e).GetProperty("t").GetString() == "Remittances");
        Assert.Contains(index.Lookup.Ranked("remit"), e => index.Kinds[e] == "paragraph");
    }

    [Fact]
    public async Task The_maps_caption_and_place_list_are_not_indexed()
    {
        using var site = await TestSite.BuiltCopyOfRepositoryAsync();
        Assert.Contains("class=\"locator-map\"", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.Contains("Natural Earth", site.ReadOutput("index.html"), StringComparison.Ordinal);
        var index = WrittenIndex(site);

        // "Earth" appears on the site only in the maps' note on their boundaries.
        Assert.Empty(index.Lookup.Find("earth"));
        Assert.DoesNotContain(index.Lookup.Find("boundaries").Keys, e => index.Entry(e).GetProperty("u").GetString() is "" or "glossary/baku/");
    }

    [Fact]
    public async Task Search_false_in_the_settings_leaves_out_the_index_the_script_and_the_field()
    {
        using var site = TestSite.CopyOfRepository();
        site.Append("briefing.yml", "search: false\n");
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));

        Assert.False(Directory.Exists(site.OutputPathOf("search")));
        Assert.False(File.Exists(site.OutputPathOf(SearchIndexFiles.Script)));
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("search.js", html, StringComparison.Ordinal);
            Assert.DoesNotContain("site-search", html, StringComparison.Ordinal);
        }

        // The glossary's own filter is not the site's search and stays.
        Assert.Contains("glossary-filter", site.ReadOutput("glossary/index.html"), StringComparison.Ordinal);
        Assert.True(File.Exists(site.OutputPathOf("assets/site.js")));
    }

    [Fact]
    public async Task The_link_checker_reports_an_index_link_that_leads_nowhere()
    {
        var page = new Document { Destination = "index.html", Content = "<!DOCTYPE html><title>x</title><p id=\"p1\">x</p>" };
        var links = new Dictionary<string, IReadOnlyList<string>> { ["search/entries/0.js"] = ["#p1", "", "articles/gone/#p3"] };

        var problems = await LinkChecker.CheckAsync([page], new Uri("https://example.org/b/"), links, TestContext.Current.CancellationToken);

        var problem = Assert.Single(problems);
        Assert.Contains("search/entries/0.js", problem.Message, StringComparison.Ordinal);
        Assert.Contains("articles/gone/#p3", problem.Message, StringComparison.Ordinal);
    }

    private static WrittenSearchIndex WrittenIndex(TestSite site)
    {
        var folder = site.OutputPathOf("search");
        var files = Directory.EnumerateFiles(folder, "*.js", SearchOption.AllDirectories)
            .Select(f => new SearchIndexFile("search/" + Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f), []))
            .ToList();
        return new WrittenSearchIndex(files);
    }

    private sealed class WrittenSearchIndex
    {
        private readonly Dictionary<string, string> _files;

        public WrittenSearchIndex(IReadOnlyList<SearchIndexFile> files)
        {
            _files = files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);
            Lookup = new IndexLookup(files);
            using var manifest = JsonDocument.Parse(SearchIndexFiles.JsonOf(_files[SearchIndexFiles.Manifest]));
            var kinds = new string[Lookup.Entries];
            foreach (var kind in manifest.RootElement.GetProperty("kinds").EnumerateArray())
            {
                for (var i = 0; i < kind[2].GetInt32(); i++)
                {
                    kinds[kind[1].GetInt32() + i] = kind[0].GetString()!;
                }
            }

            Kinds = kinds;
        }

        public IndexLookup Lookup { get; }

        public IReadOnlyList<string> Kinds { get; }

        public JsonElement Entry(int number)
        {
            var json = SearchIndexFiles.JsonOf(_files[SearchIndexFiles.EntriesPath(number / SearchIndexFiles.EntriesPerFile)]);
            return JsonDocument.Parse(json).RootElement[number % SearchIndexFiles.EntriesPerFile].Clone();
        }
    }
}
