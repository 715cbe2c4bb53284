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
}
