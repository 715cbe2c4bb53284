using Briefing.Content;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;
using Briefing.Seeds;
using CsCheck;

namespace Briefing.Tests.Robustness;

/// <summary>
/// Whatever a user writes, the readers either accept it or explain the mistake with a diagnostic that has a
/// place: never another exception, which would surface as an "internal error".
/// </summary>
public class BadInputTests
{
    // Characters that matter to YAML and Markdown, with some letters, spaces and line breaks.
    private const string Alphabet = "ab: -[]{}#&*!|>'\"%@`,?~\n\n  \t\r\\\u00e9\u0416\u2019";

    private static readonly Gen<string> Text = Gen.Char[Alphabet].Array[0, 80].Select(chars => new string(chars));

    private static readonly Gen<string> KeyValueLines = Gen.Select(
            Gen.OneOf("title", "description", "order", "layout", "draft", "permalink", "date", "redirect_from", "titel", "slug", "source_url"),
            Text,
            (key, value) => $"{key}: {value}")
        .Array[0, 6]
        .Select(lines => string.Join('\n', lines));

    private static void AcceptOrExplain(Action read)
    {
        try
        {
            read();
        }
        catch (DiagnosticException ex)
        {
            Assert.All(ex.Diagnostics, d =>
            {
                Assert.NotNull(d.Location);
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            });
        }
    }

    [Fact]
    public void Front_matter_of_any_shape_is_read_or_explained() =>
        Gen.OneOf(Text, KeyValueLines).Sample(yaml => AcceptOrExplain(() => PageFrontMatterReader.Read(yaml, "input/x.md", 1)), iter: 3000);

    [Fact]
    public void Markdown_pages_of_any_shape_are_parsed_and_their_front_matter_read_or_explained() =>
        Gen.Select(KeyValueLines, Text, (yaml, body) => $"---\n{yaml}\n---\n{body}").Sample(
            page =>
            {
                var markdown = new MarkdownParser();
                var document = markdown.Parse(page);
                if (MarkdownParser.FrontMatter(document, page) is { } fm)
                {
                    AcceptOrExplain(() => PageFrontMatterReader.Read(fm.Yaml, "input/x.md", fm.FirstLine));
                }

                Assert.NotNull(markdown.Render(document));
            },
            iter: 2000);

    [Fact]
    public void Sidecars_of_any_shape_are_read_or_explained() =>
        Gen.OneOf(Text, KeyValueLines).Sample(yaml => AcceptOrExplain(() => SeedSidecarReader.Parse(yaml, "seeds/x.yml")), iter: 3000);

    [Fact]
    public void Settings_of_any_shape_are_read_or_explained() =>
        Gen.OneOf(Text, KeyValueLines).Sample(yaml => AcceptOrExplain(() => SiteSettingsReader.Parse(yaml, "briefing.yml")), iter: 3000);

    [Fact]
    public void Seeds_of_any_shape_are_parsed_or_explained() =>
        Text.Sample(text => AcceptOrExplain(() => SeedParser.Parse(text, "seeds/x.txt")), iter: 3000);

    // Nesting of any depth up to well past the limit, in YAML's flow and block forms and Markdown's containers.
    private static readonly Gen<string> NestedYaml = Gen.Select(Gen.Int[0, 400], Gen.OneOf(Gen.Const("["), Gen.Const("{a: "), Gen.Const("- ")), (depth, open) => open switch
    {
        "[" => "title: " + new string('[', depth) + new string(']', depth),
        "{a: " => "title: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
        _ => "title:\n" + string.Concat(Enumerable.Range(1, depth).Select(i => new string(' ', i) + "- \n")),
    });

    private static readonly Gen<string> NestedMarkdown = Gen.Select(Gen.Int[0, 3000], Gen.OneOf(Gen.Const(">"), Gen.Const("- "), Gen.Const("["), Gen.Const("<div>"), Gen.Const("*_")), (depth, open) =>
        open == "- " ? string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- x\n")) : string.Concat(Enumerable.Repeat(open, depth)) + " x");

    [Fact]
    public void Yaml_nested_to_any_depth_is_read_or_explained() =>
        NestedYaml.Sample(yaml => AcceptOrExplain(() => PageFrontMatterReader.Read(yaml, "input/x.md", 1)), iter: 300);

    [Fact]
    public void Markdown_nested_to_any_depth_is_rendered_or_explained() =>
        NestedMarkdown.Sample(
            text => AcceptOrExplain(() =>
            {
                MarkdownNesting.Check(text, "input/x.md");
                var markdown = new MarkdownParser();
                Assert.NotNull(markdown.Render(markdown.Parse(text, "input/x.md"), "input/x.md"));
            }),
            iter: 200);

    [Fact]
    public void Bytes_of_any_kind_are_decoded_or_explained_with_their_offset() =>
        Gen.Byte.Array[0, 64].Sample(
            bytes =>
            {
                try
                {
                    var text = Briefing.Pipeline.Modules.StrictUtf8.Decode(bytes, "input/x.md");
                    Assert.Equal(text, System.Text.Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? bytes[3..] : bytes));
                }
                catch (DiagnosticException ex)
                {
                    var diagnostic = Assert.Single(ex.Diagnostics);
                    Assert.True(diagnostic.Location is { Line: > 0, Column: > 0 }, diagnostic.ToString());
                    Assert.Matches(@"byte offset \d+|control character U\+[0-9A-F]{4}", diagnostic.Message);
                }
            },
            iter: 3000);

    [Fact]
    public void Valid_UTF_8_text_decodes_to_itself() =>
        Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c) && (c >= ' ' || c is '\n' or '\t') && c != '\u007F'), 0, 80].Sample(
            text => Assert.Equal(text, Briefing.Pipeline.Modules.StrictUtf8.Decode(System.Text.Encoding.UTF8.GetBytes(text), "input/x.md")),
            iter: 3000);
}
