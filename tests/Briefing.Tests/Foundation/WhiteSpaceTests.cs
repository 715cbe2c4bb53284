using System.Text;
using System.Text.RegularExpressions;
using Briefing.Core;
using CsCheck;

namespace Briefing.Tests.Foundation;

/// <summary>
/// White space collapsing (the search's sections, the glossary's mention names) copies runs between white space at
/// once; these properties hold it to the plain definition (every run of white space one space, none at either end),
/// on text with every kind of white space <see cref="char.IsWhiteSpace(char)"/> knows, as a string and split over
/// several chunks of a builder.
/// </summary>
public class WhiteSpaceTests
{
    // Regex's \s and char.IsWhiteSpace name the same characters (tab to carriage return, U+0085 and the separators).
    private const string Alphabet = "ab Z9é—\t\n\r\v\f\u0085\u00a0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\u200b";

    private static readonly Gen<string[]> Pieces = Gen.Char[Alphabet].Array[0, 40].Select(chars => new string(chars)).Array[0, 6];

    [Fact]
    public void Collapse_follows_the_plain_definition() =>
        Pieces.Sample(pieces =>
        {
            var builder = new StringBuilder(4);
            foreach (var piece in pieces)
            {
                builder.Append(piece); // a small first capacity, so the text lies in several chunks
            }

            var text = string.Concat(pieces);
            var expected = Regex.Replace(text, @"\s+", " ").Trim();
            Assert.Equal(expected, WhiteSpace.Collapse(builder));
            Assert.Equal(expected, WhiteSpace.Collapse(text));
        }, iter: 3_000);

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("  a  b\t\nc  ", "a b c")]
    [InlineData("a\u00a0\u2009b", "a b")]
    [InlineData("a\u200bb", "a\u200bb")]
    public void Collapse_makes_runs_of_white_space_one_space_and_trims(string text, string expected)
    {
        Assert.Equal(expected, WhiteSpace.Collapse(new StringBuilder(text)));
        Assert.Equal(expected, WhiteSpace.Collapse(text));
    }
}
