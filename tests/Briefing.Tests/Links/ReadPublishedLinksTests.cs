using Briefing.Core;
using Briefing.Links;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Tests.Links;

public sealed class ReadPublishedLinksTests
{
    private const string Html = "<!DOCTYPE html><title>x</title><a href=\"../b/#p2\">b</a><p id=\"p1\">x <img src=\"pic.png\"></p>";

    [Fact]
    public async Task A_page_keeps_the_ids_and_links_of_its_text_and_other_files_keep_nothing()
    {
        var outputs = await Run(
            new Document { Destination = "a/index.html", Content = Html },
            new Document { Destination = "assets/site.css", Content = "a { color: red }" },
            new Document { Content = Html });

        var page = outputs[0].Require(LinkKeys.Published);
        var scanned = PageLinkScanner.Scan("a/index.html", Html);
        Assert.Equal("a/index.html", page.File);
        Assert.Equal(scanned.Ids.Order(StringComparer.Ordinal), page.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(scanned.Links, page.Links);
        Assert.Equal(["../b/#p2", "pic.png"], page.Links.Select(l => l.Value));
        Assert.False(outputs[1].TryGet(LinkKeys.Published, out _));
        Assert.False(outputs[2].TryGet(LinkKeys.Published, out _));
    }

    [Fact]
    public async Task The_checker_reports_a_broken_link_of_a_page_read_by_the_step_with_its_line()
    {
        var pages = await Run(
            new Document { Destination = "index.html", Content = "<!DOCTYPE html>\n<a href=\"a/#p1\">a</a>\n<a href=\"gone/\">x</a>" },
            new Document { Destination = "a/index.html", Content = "<!DOCTYPE html><p id=\"p1\">x</p>" });

        var problems = await LinkChecker.CheckAsync(pages, new Uri("https://example.org/"), cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(problems);
        Assert.Contains("(index.html:3): <a href=\"gone/\">", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_read_for_another_file_are_not_taken_for_the_page()
    {
        var read = (await Run(new Document { Destination = "other.html", Content = "<!DOCTYPE html><a href=\"gone/\">x</a>" }))[0];
        var page = read with { Destination = "index.html", Content = "<!DOCTYPE html><p>no links</p>" };

        Assert.Empty(await LinkChecker.CheckAsync([page], new Uri("https://example.org/"), cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_build_that_checks_no_links_reads_none()
    {
        var options = new BuildOptions { SiteRoot = ".", OutputDirectory = "out", CheckLinks = false };

        var outputs = await Run([options], new Document { Destination = "a/index.html", Content = Html });

        Assert.False(outputs[0].TryGet(LinkKeys.Published, out _));
    }

    private static Task<IReadOnlyList<Document>> Run(params Document[] documents) => Run([], documents);

    private static async Task<IReadOnlyList<Document>> Run(object[] services, params Document[] documents)
    {
        var engine = new Engine(
            [new Briefing.Pipeline.Pipeline
            {
                Name = "pages",
                Input = [new Execute((_, _) => documents)],
                Process = [new ReadPublishedLinks()],
            }],
            services);
        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);
        Assert.Empty(result.Errors);
        return result.Outputs["pages"];
    }
}
