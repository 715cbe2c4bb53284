using Briefing.Glossary.Linking;
using CsCheck;

namespace Briefing.Tests.Glossary.Linking;

public class TermMatcherPropertyTests
{
    // Few letters, so patterns overlap and nest often; upper and lower case, Cyrillic, a digit, a combining
    // mark, both apostrophes, several kinds of whitespace and punctuation that is not part of words.
    private const string TextCharacters = "abABжЖ1\u0301'’‘ \u00A0\t-.";
    private const string PatternCharacters = "abAжЖ'’ ";

    private static readonly Gen<TermPattern> Pattern =
        Gen.Select(Gen.Char[PatternCharacters].Array[1, 5], Gen.Bool, (chars, caseSensitive) =>
        {
            var text = new string(chars);
            return new TermPattern(text, TermIdFor(text), caseSensitive);
        });

    private static readonly Gen<string> Text = Gen.Char[TextCharacters].Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void FindAllAgreesWithTheNaiveReference()
    {
        Gen.Select(Pattern.Array[1, 6], Text).Sample(
            (patterns, text) =>
            {
                var usable = patterns.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToArray();
                var expected = new NaiveTermMatcher(usable).FindAll(text);
                var actual = new TermMatcher(usable).FindAll(text);
                Assert.Equal(expected, actual);
            },
            iter: 4_000);
    }

    [Fact]
    public void OccursInSaysWhetherFindAllFindsAnything()
    {
        Gen.Select(Pattern.Array[1, 6], Text).Sample(
            (patterns, text) =>
            {
                var usable = patterns.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToArray();
                var matcher = new TermMatcher(usable);
                Assert.Equal(matcher.FindAll(text).Count > 0, matcher.OccursIn(text));
            },
            iter: 4_000);
    }

    [Fact]
    public void ConstructionRejectsExactlyThePatternSetsWhereOneTextCouldNameTwoTerms()
    {
        var numberedPatterns = Gen.Select(Gen.Char[PatternCharacters].Array[1, 3], Gen.Bool, Gen.Int[0, 2],
            (chars, caseSensitive, term) => new TermPattern(new string(chars), $"t{term}", caseSensitive));
        numberedPatterns.Array[1, 4].Sample(
            patterns =>
            {
                var usable = patterns.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToArray();
                var ambiguous = HasAmbiguousName(usable);
                var rejected = Record.Exception(() => new TermMatcher(usable)) is DuplicateTermPatternException;
                Assert.Equal(ambiguous, rejected);
            },
            iter: 4_000);
    }

    // Patterns that fold to the same text share a term id, so no generated set is ambiguous.
    private static string TermIdFor(string text) =>
        "t:" + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace('’', '\'')
            .ToUpperInvariant();

    // Two patterns of different terms are ambiguous when some text matches both: both case-sensitive and
    // equal, or at least one case-insensitive and equal ignoring case.
    private static bool HasAmbiguousName(TermPattern[] patterns) =>
        patterns.Any(a => patterns.Any(b =>
            a.TermId != b.TermId
            && TermIdFor(a.Text) == TermIdFor(b.Text)
            && (!a.CaseSensitive || !b.CaseSensitive || Exact(a.Text) == Exact(b.Text))));

    private static string Exact(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');
}
