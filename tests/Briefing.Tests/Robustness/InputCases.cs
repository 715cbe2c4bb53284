using System.Text;
using Briefing.Cli;
using Briefing.Core;
using Briefing.Tests.Support;

namespace Briefing.Tests.Robustness;

/// <summary>Hostile content: deep nesting, bad bytes, wrong types, missing templates, unsafe URLs.</summary>
public static class InputCases
{
    private const int Content = ExitCodes.ContentError;
    private const string Seed = "seeds/000_f49b7cf66e1737eb.txt";
    private const string Term = "input/glossary/kremlin.md";

    private static string DeepList(int depth) => new string('[', depth) + new string(']', depth);

    private static string Page(string body) => $"---\ntitle: Deep\n---\n\n{body}\n";

    private static void WriteBytes(TestSite site, string relative, byte[] bytes) => File.WriteAllBytes(site.PathOf(relative), bytes);

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("front matter nested ten thousand deep", Content, @"^input/deep\.md:3:72: error: nested too deeply, at most 64 levels")
        {
            Arrange = site => site.Write("input/deep.md", $"---\ntitle: Deep\nextra: {DeepList(10_000)}\n---\n\nText.\n"),
        },
        new("settings nested ten thousand deep", Content, @"^briefing\.yml:\d+:\d+: error: nested too deeply, at most 64 levels")
        {
            Arrange = site => site.Append("briefing.yml", $"\nextra: {DeepList(10_000)}\n"),
        },
        new("timeline data nested ten thousand deep", Content, @"^input/data/timeline\.yml:\d+:\d+: error: nested too deeply")
        {
            Arrange = site => site.Append("input/data/timeline.yml", $"\nextra: {DeepList(10_000)}\n"),
        },
        new("seed sidecar nested as block mappings", Content, @"^seeds/000_f49b7cf66e1737eb\.yml:\d+:\d+: error: nested too deeply")
        {
            Arrange = site => site.Append("seeds/000_f49b7cf66e1737eb.yml", "\nextra:\n" + string.Concat(Enumerable.Range(1, 200).Select(i => new string(' ', i) + "k:\n"))),
        },
        new("glossary entry front matter nested deep", Content, @"^input/glossary/kremlin\.md:\d+:\d+: error: nested too deeply")
        {
            Arrange = site => site.Edit(Term, "---\nterm:", $"---\nextra: {DeepList(5_000)}\nterm:"),
        },
        new("block quotes twenty thousand deep", Content, @"^input/deep\.md:5:\d+: error: nested too deeply, at most 64 levels of block quotes and lists")
        {
            Arrange = site => site.Write("input/deep.md", Page(new string('>', 20_000) + " deep")),
        },
        new("lists three thousand deep", Content, @"^input/deep\.md:\d+:\d+: error: nested too deeply, at most 64 levels of block quotes and lists")
        {
            Arrange = site => site.Write("input/deep.md", Page(string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- x\n")))),
        },
        new("brackets twenty thousand deep", Content, @"^input/deep\.md:5:65: error: nested too deeply, at most 64 levels of brackets")
        {
            Arrange = site => site.Write("input/deep.md", Page(DeepList(20_000))),
        },
        new("raw HTML elements twenty thousand deep", Content, @"^input/deep\.md:5:\d+: error: nested too deeply, at most 64 levels of HTML elements")
        {
            Arrange = site => site.Write("input/deep.md", Page(string.Concat(Enumerable.Repeat("<div>", 20_000)) + "x")),
        },
        new("glossary definition quoted twenty thousand deep", Content, @"^input/glossary/kremlin\.md:\d+:\d+: error: nested too deeply")
        {
            Arrange = site => site.Append(Term, "\n" + new string('>', 20_000) + " deep\n"),
        },
        new("seed that is not UTF-8", Content, @"^seeds/000_f49b7cf66e1737eb\.txt:\d+:\d+: error: the file is not valid UTF-8: byte 0xFF at byte offset \d+")
        {
            Arrange = site => WriteBytes(site, Seed, [.. File.ReadAllBytes(site.PathOf(Seed)), 0xFF, (byte)'\n']),
        },
        new("page in Latin-1", Content, @"^input/latin\.md:5:4: error: the file is not valid UTF-8: byte 0xE9 at byte offset 21")
        {
            Arrange = site => WriteBytes(site, "input/latin.md", Encoding.Latin1.GetBytes("---\ntitle: x\n---\n\ncaf\u00e9\n")),
        },
        new("NUL in a page", Content, @"^input/nul\.md:5:3: error: the file contains the control character U\+0000")
        {
            Arrange = site => site.Write("input/nul.md", "---\ntitle: x\n---\n\nab\0cd\n"),
        },
        new("escape character in a seed", Content, @"^seeds/000_f49b7cf66e1737eb\.txt:\d+:\d+: error: the file contains the control character U\+001B")
        {
            Arrange = site => site.Append(Seed, "\n\nA paragraph with \u001b[31m colour codes.\n"),
        },
        new("settings language as a list", Content, @"^briefing\.yml:\d+:\d+: error: 'language' must be a single text value")
        {
            Arrange = site => site.Edit("briefing.yml", "language: en", "language: [en, ru]"),
        },
        new("settings language not a tag", Content, @"^briefing\.yml:\d+:\d+: error: language 'english please' is not a language tag")
        {
            Arrange = site => site.Edit("briefing.yml", "language: en", "language: english please"),
        },
        new("settings search not true or false", Content, @"^briefing\.yml:9:9: error: 'search' must be true or false, not 'sometimes'")
        {
            Arrange = site => site.Append("briefing.yml", "search: sometimes\n"),
        },
        new("settings title as a mapping", Content, @"^briefing\.yml:\d+:\d+: error: 'title' must be a single text value")
        {
            Arrange = site => site.Edit("briefing.yml", "title: \"Azerbaijan and Russia: the July 2025 standoff\"", "title: {text: x}"),
        },
        new("bad --base-url", ExitCodes.UsageError, @"^--base-url: error: base URL 'ftp://example\.org/x' is not an absolute http\(s\) URL")
        {
            Args = ["build", "--base-url", "ftp://example.org/x"],
        },
        new("unknown layout", Content, @"^input/summaries/outlook\.md:5:9: error: layout 'fancy' does not exist")
        {
            Arrange = site => site.Edit("input/summaries/outlook.md", "order: 5", "order: 5\nlayout: fancy"),
        },
        new("layout that walks out of the theme", Content, @"^input/summaries/outlook\.md:5:9: error: layout '\.\./\.\./etc/passwd' does not exist")
        {
            Arrange = site => site.Edit("input/summaries/outlook.md", "order: 5", "order: 5\nlayout: ../../etc/passwd"),
        },
        new("missing partial", Content, @"^theme/layouts/default\.liquid:\d+:1: error: include of 'partials/nothere' finds no template")
        {
            Arrange = site => site.Append("theme/layouts/default.liquid", "\n{% include 'partials/nothere' %}\n"),
        },
        new("template divides by zero", Content, @"^theme/layouts/summary\.liquid:4:1: error: template failed to render: Attempted to divide by zero")
        {
            Arrange = site => site.Edit("theme/layouts/summary.liquid", "<h1 id=\"page-title\">", "{{ 1 | divided_by: 0 }}\n<h1 id=\"page-title\">"),
        },
        new("partial divides by zero inside a loop", Content, @"^theme/partials/pager\.liquid:\d+:\d+: error: template failed to render: Attempted to divide by zero")
        {
            Arrange = site => site.Append("theme/partials/pager.liquid", "\n{% for x in (1..2) %}{{ 5 | modulo: 0 }}{% endfor %}\n"),
        },
        new("data: link in a page", Content, @"^input/summaries/outlook\.md: error: .*a data: URL is not a link")
        {
            Arrange = site => site.Append("input/summaries/outlook.md", "\n[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n"),
        },
        new("vbscript: link in a page", Content, @"^input/summaries/outlook\.md: error: .*a vbscript: URL is not a link")
        {
            Arrange = site => site.Append("input/summaries/outlook.md", "\n[click](vbscript:msgbox)\n"),
        },
        new("javascript: link in raw HTML", Content, @"^input/summaries/outlook\.md: error: .*a javascript: URL is not a link")
        {
            Arrange = site => site.Append("input/summaries/outlook.md", "\n<a href=\"javascript:alert(1)\">click</a>\n"),
        },
    ];
}
