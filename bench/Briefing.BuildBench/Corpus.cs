using System.Globalization;
using System.Text;

namespace Briefing.BuildBench;

/// <summary>
/// The benchmark's generated pages: N Markdown pages built from the seed article's paragraphs, each with front
/// matter (title, date) and four <c>##</c> sections of two seed paragraphs and one list item with emphasis and an
/// external link. The same pages go into the Briefing site (<c>input/bench/</c>) and the Hugo site, so both
/// generators build the same text. A fixed seed makes every corpus identical in every run and on every machine.
/// </summary>
internal sealed class Corpus
{
    public const string Folder = "bench";
    private const ulong Seed = 42;

    private Corpus(IReadOnlyList<string> paragraphs) => Paragraphs = paragraphs;

    /// <summary>The seed's body paragraphs the pages are made of.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>
    /// Reads the body paragraphs of a seed: blocks between blank lines, without the header (credit line, title,
    /// standfirst, dateline: the first four blocks) and the publisher's closing note (the last block), and only
    /// those longer than 100 characters, so every generated paragraph is real running text.
    /// </summary>
    public static Corpus FromSeed(string seedFile)
    {
        var text = File.ReadAllText(seedFile).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = text.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var paragraphs = blocks.Skip(4).SkipLast(1).Where(b => b.Length > 100).ToList();
        if (paragraphs.Count == 0)
        {
            throw new InvalidOperationException($"{seedFile} has no body paragraphs longer than 100 characters.");
        }

        return new Corpus(paragraphs);
    }

    public static string FileName(int i) => string.Create(CultureInfo.InvariantCulture, $"page-{i:00000}.md");

    /// <summary>The <paramref name="count"/> pages, as (file name, Markdown with front matter), in order.</summary>
    public IEnumerable<(string Name, string Markdown)> Pages(int count)
    {
        var random = new SeededRandom(Seed);
        for (var i = 0; i < count; i++)
        {
            yield return (FileName(i), Page(i, random));
        }
    }

    /// <summary>Adds the pages to a copy of a Briefing site, under <c>input/bench/</c>.</summary>
    public void AddToBriefingSite(string siteRoot, int count) =>
        WritePages(Path.Combine(siteRoot, "input", Folder), count);

    /// <summary>Writes a minimal Hugo site (one layout, no taxonomies, RSS or sitemap) over the same pages.</summary>
    public void WriteHugoSite(string hugoRoot, int count)
    {
        WritePages(Path.Combine(hugoRoot, "content", "posts"), count);
        File.WriteAllText(
            Path.Combine(hugoRoot, "config.toml"),
            "baseURL = \"http://example.org/\"\ntitle = \"Bench\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n");
        var layouts = Path.Combine(hugoRoot, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(
            Path.Combine(layouts, "baseof.html"),
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        File.WriteAllText(
            Path.Combine(layouts, "single.html"),
            "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n");
        File.WriteAllText(
            Path.Combine(layouts, "list.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
    }

    private void WritePages(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, markdown) in Pages(count))
        {
            File.WriteAllText(Path.Combine(folder, name), markdown);
        }
    }

    private string Page(int i, SeededRandom random)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"Page {i:00000}\"\ndate: 2025-07-07\n---\n\n");
        for (var section = 0; section < 4; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Section {section + 1}\n\n");
            for (var p = 0; p < 2; p++)
            {
                text.Append(random.Pick(Paragraphs)).Append("\n\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"- point {i}.{section} with *emphasis* and a [link](https://example.org/{i})\n\n");
        }

        return text.ToString();
    }
}
