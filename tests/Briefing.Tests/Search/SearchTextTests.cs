using Briefing.Search;

namespace Briefing.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Remittances", "remittances")]
    [InlineData("Əliyev", "eliyev")]
    [InlineData("İlham", "ilham")]
    [InlineData("Dağıstan", "dagistan")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Москва́", "москва")]
    [InlineData("Йошкар", "иошкар")]
    [InlineData("ΟΔΥΣΣΕΥΣ", "οδυσσευσ")]
    [InlineData("naïve café", "naive cafe")]
    public void Fold_removes_case_and_diacritics(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Both_apostrophes_join_a_word()
    {
        Assert.Equal(["russias", "response"], SearchText.Words("Russia’s response"));
        Assert.Equal(["russias", "response"], SearchText.Words("Russia's response"));
        Assert.Equal(["obrien"], SearchText.Words("O‘Brien"));
    }

    [Fact]
    public void Words_split_at_hyphens_punctuation_and_quotes()
    {
        Assert.Equal(["nagorno", "karabakh", "war"], SearchText.Words("Nagorno-Karabakh war."));
        Assert.Equal(["quoted", "15"], SearchText.Words("‘quoted’ ¶15"));
        Assert.Equal(["2025", "07", "07"], SearchText.Words("2025-07-07"));
        Assert.Empty(SearchText.Words(" — … ’ "));
    }

    [Fact]
    public void Stop_words_are_words_but_not_indexed()
    {
        Assert.Equal(["the", "war", "in", "ukraine"], SearchText.Words("The war in Ukraine"));
        Assert.Equal(["war", "ukraine"], SearchText.IndexedWords("The war in Ukraine"));
    }

    [Fact]
    public void Prefix_counts_whole_code_points()
    {
        Assert.Equal("re", SearchText.Prefix("remit", 2));
        Assert.Equal("𝐀", SearchText.Prefix("𝐀𝐁", 1));
        Assert.Equal("ab", SearchText.Prefix("ab", 5));
        Assert.Equal(2, SearchText.Length("𝐀𝐁"));
    }
}
