using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Scaffolding;
using Briefing.Seeds;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scaffolding;

/// <summary>The candidates found in the repository's own seed, measured against its hand-made glossary and timeline.</summary>
public sealed partial class RealSeedCandidatesTests
{
    private const string SeedFile = "seeds/000_f49b7cf66e1737eb.txt";

    private static SeedArticle Article() => SeedParser.Parse(File.ReadAllBytes(RepositoryFiles.PathOf(SeedFile)), SeedFile).Article;

    private static ArticleCandidates Candidates() => ArticleCandidates.From(Article());

    [Fact]
    public void Glossary_candidates_recall_at_least_80_percent_of_the_hand_made_glossarys_proper_names()
    {
        var body = string.Join("\n", Article().Paragraphs.Select(p => p.Text));
        var candidates = Candidates().Terms.SelectMany(c => c.Aliases.Prepend(c.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var properNames = HandMadeTerms()
            .Select(term => (term.Term, Names: term.Names.Select(ProperPart).Where(n => n.Length > 0 && WrittenCapitalisedInMidSentence(body, n)).ToList()))
            .Where(t => t.Names.Count > 0)
            .ToList();
        var found = properNames.Where(t => t.Names.Any(candidates.Contains)).Select(t => t.Term).ToList();
        var missed = properNames.Select(t => t.Term).Except(found).ToList();
        TestContext.Current.SendDiagnosticMessage($"recall {found.Count}/{properNames.Count}; missed: {string.Join(", ", missed)}");

        // The glossary of this site has at least these proper names; the rest are common nouns ("remittances").
        Assert.True(properNames.Count >= 14, $"only {properNames.Count} proper names found in the glossary: {string.Join(", ", properNames.Select(t => t.Term))}");
        Assert.True(found.Count * 5 >= properNames.Count * 4, $"recall {found.Count}/{properNames.Count}; missed: {string.Join(", ", missed)}");
        foreach (var name in new[] { "Nagorno-Karabakh", "Yekaterinburg", "Sputnik", "Heydar Aliyev", "Ilham Aliyev", "Vladimir Putin", "Volodymyr Zelensky", "South Caucasus", "Kremlin", "Azerbaijan Airlines" })
        {
            Assert.Contains(name, candidates);
        }
    }

    [Fact]
    public void Sentence_initial_words_are_never_names_and_titles_are_left_out()
    {
        var names = Candidates().Terms.Select(c => c.Name).ToList();

        foreach (var word in new[] { "Accordingly", "Previously", "Initially", "First", "Since", "About", "In", "The", "President", "September", "July" })
        {
            Assert.DoesNotContain(word, names);
        }

        Assert.DoesNotContain(names, n => n.Contains("President", StringComparison.Ordinal) || n.EndsWith("’s", StringComparison.Ordinal));
        Assert.Contains("Russia", names);
        Assert.Contains("IT", names);
        Assert.Equal(GlossaryCandidateKind.Acronym, Candidates().Terms.Single(c => c.Name == "IT").Kind);
    }

    [Fact]
    public void Glossary_candidates_are_ranked_by_paragraphs_and_fold_short_forms()
    {
        var terms = Candidates().Terms;
        var counts = terms.Select(t => t.Paragraphs.Count).ToList();

        Assert.Equal(counts.OrderDescending(), counts);
        var putin = terms.Single(t => t.Name == "Vladimir Putin");
        Assert.Equal([6], putin.Paragraphs);
        var karabakh = terms.Single(t => t.Name == "Nagorno-Karabakh");
        Assert.Contains("Karabakh", karabakh.Aliases);
        Assert.Contains(8, karabakh.Paragraphs);
        // "Aliyev" ends two names (Heydar and Ilham), so it stays a candidate of its own.
        Assert.Contains(terms, t => t.Name == "Aliyev");
        // "Azerbaijani" is used far more widely than "Armenian-Azerbaijani", which it ends: not a short form of it.
        Assert.Contains(terms, t => t.Name == "Azerbaijani" && t.Paragraphs.Count >= 8);
        var russia = terms.Single(t => t.Name == "Russia");
        Assert.Contains(russia.Sources, s => s.Text == "Russia’s" && s.Paragraph == 2);
    }

    [Fact]
    public void Timeline_candidates_keep_the_precision_of_the_text()
    {
        var dates = Candidates().Dates;

        Assert.Contains(dates, d => d.Text == "September 2023" && d.Date == "2023-09" && !d.Approximate && d.Paragraphs.SequenceEqual([5]));
        Assert.Contains(dates, d => d.Text == "late 2024" && d.Date == "2024" && d.Label == "Late 2024" && d.Paragraphs.SequenceEqual([6]));
        Assert.Contains(dates, d => d.Text == "the spring of 2024" && d.Date == "2024" && d.Label == "Spring 2024");
        Assert.Contains(dates, d => d.Text == "2020" && d.Date == "2020" && d.Paragraphs.SequenceEqual([5, 8]));
        Assert.Contains(dates, d => d.Text == "2003" && d.Date == "2003" && d.Paragraphs.SequenceEqual([9]));
        var relative = Assert.Single(dates, d => d.Text == "fifteen years ago");
        Assert.Equal("2010", relative.Date);
        Assert.True(relative.Approximate);
        Assert.Equal([1, 3], relative.Paragraphs);
        Assert.All(dates, d => Assert.Matches(IsoDate(), d.Date!));
    }

    [Fact]
    public void Figure_candidates_carry_their_qualifiers()
    {
        var figures = Candidates().Figures;

        var share = Assert.Single(figures, f => f.Unit == FigureUnit.Percent);
        Assert.Equal(("About 46 percent", 46m, "about", 15), (share.Text, share.Value, share.Qualifier, share.Source.Paragraph));
        var count = Assert.Single(figures, f => f.Value == 300_000m);
        Assert.Equal(("more than 300,000", "more than", FigureUnit.Count), (count.Text, count.Qualifier, count.Unit));
        // Years are dates, not figures.
        Assert.DoesNotContain(figures, f => f.Value is 2020m or 2003m or 2023m or 2024m);
    }

    [Fact]
    public void Every_candidate_names_the_sentence_it_came_from()
    {
        var article = Article();
        var candidates = Candidates();
        var sources = candidates.Terms.SelectMany(t => t.Sources).Concat(candidates.Dates.SelectMany(d => d.Sources)).Concat(candidates.Figures.Select(f => f.Source));

        Assert.All(sources, s =>
        {
            Assert.Contains(s.Sentence, article.Paragraphs[s.Paragraph - 1].Text, StringComparison.Ordinal);
            Assert.Contains(s.Text, s.Sentence, StringComparison.Ordinal);
        });
        var accordingly = candidates.Terms.Single(t => t.Name == "Brussels").Sources.Single();
        Assert.StartsWith("Accordingly, it would be wiser for Brussels", accordingly.Sentence, StringComparison.Ordinal);
        Assert.EndsWith("useful to them.", accordingly.Sentence, StringComparison.Ordinal);
    }

    /// <summary>Each hand-made term with its name and aliases.</summary>
    private static IEnumerable<(string Term, IReadOnlyList<string> Names)> HandMadeTerms()
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("input/glossary"), "*.md").Order(StringComparer.Ordinal))
        {
            var frontMatter = File.ReadAllText(file).Split("---", 3, StringSplitOptions.None)[1];
            var yaml = new YamlDotNet.Serialization.DeserializerBuilder().IgnoreUnmatchedProperties().Build().Deserialize<Dictionary<string, object>>(frontMatter);
            var term = (string)yaml["term"];
            var aliases = yaml.TryGetValue("aliases", out var a) ? ((List<object>)a).Select(o => (string)o) : [];
            yield return (term, [term, .. aliases]);
        }
    }

    /// <summary>
    /// The proper name in a term's name: its leading capitalised words ("Azerbaijan Airlines" of "Azerbaijan
    /// Airlines plane"), dates left out ("September 2023 military operation" has none).
    /// </summary>
    private static string ProperPart(string name)
    {
        var words = new List<string>();
        foreach (var word in name.Split(' '))
        {
            var capitalised = word.Length > 1 && char.IsUpper(word[0]) && !CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Contains(word, StringComparer.Ordinal);
            if (!capitalised && !(words.Count > 0 && word is "of" or "for"))
            {
                break;
            }

            words.Add(word);
        }

        while (words.Count > 0 && words[^1] is "of" or "for")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>Whether the article writes the name, capitalised as given, somewhere other than a sentence's start.</summary>
    private static bool WrittenCapitalisedInMidSentence(string body, string name) =>
        Regex.Matches(body, $@"(?<![\p{{L}}-]){Regex.Escape(name)}(?![\p{{L}}-])").Any(m => m.Index > 0 && !SentenceEnd().IsMatch(body[..m.Index]));

    [GeneratedRegex(@"(^|[.!?\n]\s*)$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    private static partial Regex IsoDate();
}
