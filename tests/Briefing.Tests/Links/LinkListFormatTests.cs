using Briefing.Links;

namespace Briefing.Tests.Links;

public sealed class LinkListFormatTests
{
    private static readonly LinkIndex Index = new(
        "Site",
        "https://example.org/",
        [new PageLink("summary", "Baku’s [motives]", "/summaries/baku-motives/", "https://example.org/summaries/baku-motives/", "What Baku gains, at home and abroad")],
        [new ParagraphLink("a", 9, "¶9", "/articles/a/#p9", "https://example.org/articles/a/#p9", "He said \"no\" twice…")],
        [new TermLink("baku", "Baku", "/glossary/baku/", "https://example.org/glossary/baku/", "The capital of Azerbaijan.")],
        []);

    [Fact]
    public void Csv_quotes_only_fields_that_need_it()
    {
        var csv = LinkListFormat.Write(Index, LinkListFormat.Csv);

        Assert.Equal(
            "kind,label,url,text\n"
            + "page,Baku’s [motives],https://example.org/summaries/baku-motives/,\"What Baku gains, at home and abroad\"\n"
            + "paragraph,¶9,https://example.org/articles/a/#p9,\"He said \"\"no\"\" twice…\"\n"
            + "term,Baku,https://example.org/glossary/baku/,The capital of Azerbaijan.\n",
            csv);
    }

    [Fact]
    public void Markdown_lists_links_by_section_with_brackets_escaped()
    {
        var markdown = LinkListFormat.Write(Index, LinkListFormat.Markdown);

        Assert.Equal(
            "## Pages\n\n- [Baku’s \\[motives\\]](https://example.org/summaries/baku-motives/): What Baku gains, at home and abroad\n"
            + "\n## Paragraphs\n\n- [¶9](https://example.org/articles/a/#p9): He said \"no\" twice…\n"
            + "\n## Glossary terms\n\n- [Baku](https://example.org/glossary/baku/): The capital of Azerbaijan.\n",
            markdown);
    }

    [Fact]
    public void Table_aligns_columns()
    {
        var lines = LinkListFormat.Write(Index, LinkListFormat.Table).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        var urlColumn = lines[0].IndexOf("URL", StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Equal(urlColumn, l.IndexOf("https://", StringComparison.Ordinal)));
    }

    [Fact]
    public void Filter_keeps_matching_links_of_every_kind_ignoring_case()
    {
        var filtered = Index.Filter("BAKU");

        Assert.Single(filtered.Pages);
        Assert.Empty(filtered.Paragraphs);
        Assert.Single(filtered.Terms);
        Assert.Equal("No links match.\n", LinkListFormat.Write(Index.Filter("nothing like this"), LinkListFormat.Table));
    }

    [Fact]
    public void Json_round_trips()
    {
        var json = LinkListFormat.Write(Index, LinkListFormat.Json);

        var read = LinkIndexJson.Read(json);
        Assert.Equal(Index.All(), read.All());
        Assert.Contains("\"first_words\": \"He said \\\"no\\\" twice…\"", json, StringComparison.Ordinal);
    }
}
