using Briefing.Glossary.Linking;

namespace Briefing.Tests.Glossary.Linking;

public class TermMatcherTests
{
    private static readonly TermPattern[] Caucasus =
    [
        new("Azerbaijan", "azerbaijan"),
        new("Azerbaijan Airlines", "azal"),
        new("AZAL", "azal", CaseSensitive: true),
        new("Nagorno-Karabakh", "nagorno-karabakh"),
        new("Karabakh", "nagorno-karabakh"),
        new("Heydar Aliyev", "heydar-aliyev"),
        new("Aliyev", "ilham-aliyev"),
        new("Russia", "russia"),
        new("Russia's", "russia-possessive-test"),
    ];

    private static string[] Found(string text, params TermPattern[] patterns)
    {
        var matcher = new TermMatcher(patterns.Length == 0 ? Caucasus : patterns);
        return [.. matcher.FindAll(text).Select(m => $"{text.Substring(m.Start, m.Length)}={m.TermId}")];
    }

    [Fact]
    public void LongestNameWinsOverAShorterNameAtTheSameStart()
    {
        Assert.Equal(["Azerbaijan Airlines=azal"], Found("Azerbaijan Airlines flight", new TermPattern("Azerbaijan", "azerbaijan"), new TermPattern("Azerbaijan Airlines", "azal")));
    }

    [Fact]
    public void EarlierStartWinsOverANameNestedInsideIt()
    {
        Assert.Equal(["Nagorno-Karabakh=nagorno-karabakh", "Karabakh=nagorno-karabakh"], Found("Nagorno-Karabakh, or Karabakh"));
        Assert.Equal(["Heydar Aliyev=heydar-aliyev", "Aliyev=ilham-aliyev"], Found("Heydar Aliyev and his son Ilham Aliyev"));
    }

    [Fact]
    public void LeftmostWinsOverLongestWhenMatchesOverlap()
    {
        var found = Found("alpha beta gamma", new TermPattern("alpha beta", "ab"), new TermPattern("beta gamma", "bg"));
        Assert.Equal(["alpha beta=ab"], found);
    }

    [Fact]
    public void AShorterNameIsFoundWhenTheLongerOneDoesNotComplete()
    {
        Assert.Equal(["Azerbaijan=azerbaijan"], Found("Azerbaijan Air force"));
    }

    [Theory]
    [InlineData("Azerbaijani forces")]
    [InlineData("pre-Azerbaijan2")]
    [InlineData("Azerbaijanы")]
    [InlineData("ЖAzerbaijan")]
    [InlineData("Azerbaijan\u0301")]
    [InlineData("_Azerbaijanə")]
    public void LettersDigitsAndCombiningMarksAroundANamePreventAMatch(string text)
    {
        Assert.Empty(Found(text, new TermPattern("Azerbaijan", "azerbaijan")));
    }

    [Theory]
    [InlineData("Russia’s army", "Russia")]
    [InlineData("Russia–Azerbaijan relations", "Russia")]
    [InlineData("(Russia)", "Russia")]
    [InlineData("«Russia»", "Russia")]
    [InlineData("Russia.", "Russia")]
    [InlineData("Russia\U0001F600", "Russia")]
    public void PunctuationAndSymbolsAroundANameAllowAMatch(string text, string expected)
    {
        Assert.Equal([$"{expected}=russia"], Found(text, new TermPattern("Russia", "russia")));
    }

    [Fact]
    public void ASupplementaryPlaneLetterNextToANamePreventsAMatch()
    {
        // U+10400 DESERET CAPITAL LETTER LONG I is a letter outside the BMP, stored as a surrogate pair.
        Assert.Empty(Found("\U00010400Russia", new TermPattern("Russia", "russia")));
        Assert.Empty(Found("Russia\U00010400", new TermPattern("Russia", "russia")));
    }

    [Theory]
    [InlineData("Russia's claims")]
    [InlineData("Russia’s claims")]
    [InlineData("Russia‘s claims")]
    public void StraightAndCurlyApostrophesAreTheSame(string text)
    {
        var found = Found(text, new TermPattern("Russia's", "possessive"), new TermPattern("Russia", "russia"));
        Assert.Equal([$"{text[..8]}=possessive"], found);
    }

    [Fact]
    public void ACurlyApostropheInAPatternMatchesAStraightOneInText()
    {
        Assert.Equal(["Shusha's=shusha"], Found("Shusha's walls", new TermPattern("Shusha’s", "shusha")));
    }

    [Fact]
    public void CaseInsensitiveByDefaultAndCaseSensitiveForAcronyms()
    {
        var patterns = new[] { new TermPattern("Azerbaijan", "az"), new TermPattern("US", "us", CaseSensitive: true) };
        Assert.Equal(["AZERBAIJAN=az", "azerbaijan=az", "US=us"], Found("AZERBAIJAN and azerbaijan told us and the US", patterns));
    }

    [Fact]
    public void CaseFoldingCoversNonLatinScripts()
    {
        var patterns = new[] { new TermPattern("Ильхам Алиев", "aliyev"), new TermPattern("ΣΟΣ", "sos") };
        Assert.Equal(["ильхам АЛИЕВ=aliyev", "σος=sos"], Found("ильхам АЛИЕВ · σος", patterns));
        Assert.Equal(["σοσ=sos"], Found("σοσ", patterns));
    }

    [Fact]
    public void DotlessIIsNotFoldedIntoDottedI()
    {
        var patterns = new[] { new TermPattern("Bakı", "baku") };
        Assert.Equal(["BAKı=baku"], Found("Baki BAKı", patterns));
    }

    [Theory]
    [InlineData("Heydar Aliyev")]
    [InlineData("Heydar\u00A0Aliyev")]
    [InlineData("Heydar\nAliyev")]
    [InlineData("Heydar\tAliyev")]
    public void AnyWhitespaceCharacterMatchesASpaceInAPattern(string text)
    {
        Assert.Equal([$"{text}=heydar-aliyev"], Found(text, new TermPattern("Heydar Aliyev", "heydar-aliyev")));
    }

    [Fact]
    public void WhitespaceInAPatternIsTrimmedAndCollapsedButTextWhitespaceIsOneCharacterEach()
    {
        var pattern = new TermPattern("  Heydar \u00A0 Aliyev ", "heydar-aliyev");
        Assert.Equal(["Heydar Aliyev=heydar-aliyev"], Found("Heydar Aliyev", pattern));
        Assert.Empty(Found("Heydar  Aliyev", pattern));
    }

    [Fact]
    public void MatchesAreReportedInOrderWithoutOverlapAndWithExactOffsets()
    {
        var text = "Azerbaijan Airlines left Azerbaijan for Russia; Karabakh.";
        var matches = new TermMatcher(Caucasus).FindAll(text);
        Assert.Equal(
            [new TermMatch(0, 19, "azal"), new TermMatch(25, 10, "azerbaijan"), new TermMatch(40, 6, "russia"), new TermMatch(48, 8, "nagorno-karabakh")],
            matches);
    }

    [Fact]
    public void TheSameNameTwiceForTheSameTermIsAccepted()
    {
        var matcher = new TermMatcher([new("Karabakh", "k"), new("karabakh", "k"), new("KARABAKH", "k", CaseSensitive: true)]);
        Assert.Equal([new TermMatch(0, 8, "k")], matcher.FindAll("Karabakh"));
    }

    [Fact]
    public void TheSameNameForTwoTermsIsRejectedNamingBoth()
    {
        var error = Assert.Throws<DuplicateTermPatternException>(
            () => new TermMatcher([new("Karabakh", "nagorno-karabakh"), new("Heydar Aliyev", "heydar-aliyev"), new("KARABAKH", "karabakh-khanate")]));
        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal("nagorno-karabakh", error.First.TermId);
        Assert.Equal("karabakh-khanate", error.Second.TermId);
        Assert.Contains("\"nagorno-karabakh\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"karabakh-khanate\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russia's", "Russia’s")]
    [InlineData("Heydar Aliyev", "Heydar\u00A0 Aliyev")]
    public void NamesThatDifferOnlyInApostropheOrWhitespaceAreDuplicates(string first, string second)
    {
        Assert.Throws<DuplicateTermPatternException>(() => new TermMatcher([new(first, "a"), new(second, "b")]));
    }

    [Fact]
    public void AnAcronymThatACaseInsensitiveNameOfAnotherTermWouldAlsoMatchIsRejected()
    {
        var error = Assert.Throws<DuplicateTermPatternException>(
            () => new TermMatcher([new("CIS", "cis", CaseSensitive: true), new("cis", "cis-gender")]));
        Assert.Equal("cis", error.First.TermId);
        Assert.Equal("cis-gender", error.Second.TermId);
    }

    [Fact]
    public void CaseSensitiveNamesDifferingInCaseMayBelongToDifferentTerms()
    {
        var matcher = new TermMatcher([new("US", "united-states", CaseSensitive: true), new("Us", "us-band", CaseSensitive: true)]);
        Assert.Equal([new TermMatch(0, 2, "united-states"), new TermMatch(3, 2, "us-band")], matcher.FindAll("US Us us"));
    }

    [Fact]
    public void AnEmptyNameIsRejected()
    {
        Assert.Throws<ArgumentException>(() => new TermMatcher([new(" \u00A0", "blank")]));
    }

    [Fact]
    public void NoPatternsAndEmptyTextFindNothing()
    {
        Assert.Empty(new TermMatcher([]).FindAll("Azerbaijan"));
        Assert.Empty(new TermMatcher(Caucasus).FindAll(""));
    }

    [Fact]
    public void ConcurrentSearchesGiveTheSameResultsAsSequentialOnes()
    {
        var matcher = new TermMatcher(Caucasus);
        var texts = Enumerable.Range(0, 200)
            .Select(i => string.Join(' ', Enumerable.Repeat(i % 2 == 0 ? "Heydar Aliyev met Azerbaijan Airlines staff" : "Russia’s Karabakh", i % 7 + 1)))
            .ToArray();
        var expected = texts.Select(t => matcher.FindAll(t)).ToArray();
        var actual = new IReadOnlyList<TermMatch>[texts.Length];
        Parallel.For(0, texts.Length, i => actual[i] = matcher.FindAll(texts[i]));
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}
