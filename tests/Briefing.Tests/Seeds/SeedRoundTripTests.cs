using System.Text;
using Briefing.Seeds;
using CsCheck;

namespace Briefing.Tests.Seeds;

/// <summary>
/// Renders random paragraph lists as seed text, in every line-break style, with and without a byte-order
/// mark, and checks the parser gives back exactly those paragraphs with their source positions.
/// </summary>
public sealed class SeedRoundTripTests
{
    // No whitespace (it separates words) and no letters that matter to the header heuristics; markup,
    // typographic punctuation and non-Latin scripts must come through untouched.
    private const string WordCharacters =
        "abcxyzABCXYZ0189абвгдёЖЩñéüßİı\u201c\u201d\u2018\u2019\u2014\u2013<>&;/\"'.,!?()[]#*_`:-=";

    private static readonly Gen<string> Word = Gen.Char[WordCharacters].Array[1, 8].Select(chars => new string(chars));

    private static readonly Gen<string[]> Line = Word.Array[1, 6];

    private static readonly Gen<string> Indent = Gen.OneOf("", " ", "  ", "\t", " \t ");

    private static readonly Gen<RenderedParagraph> Paragraph =
        Gen.Select(Line.Array[1, 3], Indent, Indent, (lines, indent, trailing) => new RenderedParagraph(lines, indent, trailing));

    private static readonly Gen<SeedLayout> Layout = Gen.Select(
        Paragraph.Array[1, 12],
        Gen.OneOf("\n", "\r\n", "\r"),
        Gen.Bool,
        Gen.Bool,
        Gen.Int[1, 3],
        Gen.Bool,
        (paragraphs, newline, byteOrderMark, withCredit, blankLines, finalNewline) =>
            new SeedLayout(paragraphs, newline, byteOrderMark, withCredit, blankLines, finalNewline));

    [Fact]
    public void RenderedParagraphsParseBackUnchanged() =>
        Layout.Sample(layout =>
        {
            var (text, expected) = layout.Render();
            var bytes = Encoding.UTF8.GetBytes(text);
            if (layout.ByteOrderMark)
            {
                bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
            }

            var fromBytes = SeedParser.Parse(bytes, "seeds/random.txt");
            var fromString = SeedParser.Parse(layout.ByteOrderMark ? "\uFEFF" + text : text, "seeds/random.txt");

            Assert.Equal(expected, fromBytes.Article.Paragraphs);
            Assert.Equal(expected, fromString.Article.Paragraphs);
            Assert.Equal("A Title", fromBytes.Article.Title);
            Assert.Equal(new DateOnly(2025, 7, 7), fromBytes.Article.Date);
            Assert.Null(fromBytes.Article.Disclaimer);
            Assert.Empty(fromBytes.Warnings);
        });

    private sealed record RenderedParagraph(string[][] Lines, string Indent, string Trailing)
    {
        public string Text => string.Join(' ', Lines.SelectMany(words => words));
    }

    private sealed record SeedLayout(
        RenderedParagraph[] Paragraphs, string Newline, bool ByteOrderMark, bool WithCredit, int BlankLines, bool FinalNewline)
    {
        public (string Text, List<SeedParagraph> Expected) Render()
        {
            var lines = new List<string>();
            if (WithCredit)
            {
                lines.AddRange(["Photo: Agency", ""]);
            }

            lines.AddRange(["A Title", "", "A standfirst.", "", "Published on July 7, 2025"]);
            var expected = new List<SeedParagraph>();
            foreach (var paragraph in Paragraphs)
            {
                // Blank separator lines may hold stray spaces; they still separate paragraphs.
                lines.AddRange(Enumerable.Repeat(paragraph.Trailing, BlankLines));
                expected.Add(new SeedParagraph(expected.Count + 1, paragraph.Text, lines.Count + 1, paragraph.Indent.Length + 1));
                lines.AddRange(paragraph.Lines.Select(words => paragraph.Indent + string.Join(' ', words) + paragraph.Trailing));
            }

            var text = string.Join(Newline, lines) + (FinalNewline ? Newline : "");
            return (text, expected);
        }
    }
}
