using Briefing.Scaffolding;
using Briefing.Seeds;
using Briefing.Tests.Support;
using CsCheck;

namespace Briefing.Tests.Scaffolding;

/// <summary>Candidate extraction over arbitrary text: it never throws, and every candidate is where it says it is.</summary>
public sealed class CandidatePropertyTests
{
    // Letters, capitals, digits, the punctuation that drives sentence and name rules, dates and qualifiers.
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf("Russia", "Russia’s", "the", "of", "President", "Vladimir", "Putin", "NATO", "IT", "Accordingly,", "late", "spring", "2024", "2020s",
            "September", "7,", "fifteen", "years", "ago", "about", "46", "percent", "more", "than", "300,000", "$2", "billion", "Mr.", "U.S.", "e.g.", "“Quote”", "Nagorno-Karabakh",
            "s’", "’s", "-", "–", ":", ".", "?", "!", "(", ")", "\"", "last", "year", "month", "1999-02-31", "0", "99999999999999999999"),
        Gen.Char["abcXYZ019.,:;’'\"-–()% $\u0301\u00A0"].Array[1, 6].Select(c => new string(c)));

    private static readonly Gen<string> ParagraphText = Gen.Select(Word, Gen.OneOf(" ", "  ", "", ". ", ", ", "\u00A0")).Array[1, 30]
        .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)).Trim())
        .Where(t => t.Length > 0);

    private static readonly Gen<SeedArticle> Article = Gen.Select(ParagraphText.Array[1, 5], Gen.Bool, Gen.Date)
        .Select(x => new SeedArticle(
            "Title", null, x.Item2 ? DateOnly.FromDateTime(x.Item3) : null, null, null,
            [.. x.Item1.Select((text, i) => new SeedParagraph(i + 1, text, 1 + i, 1))],
            null));

    [Fact]
    public void Extraction_never_throws_and_every_candidate_is_in_its_paragraph() =>
        Article.Sample(article =>
        {
            var candidates = ArticleCandidates.From(article);
            var sources = candidates.Terms.SelectMany(t => t.Sources)
                .Concat(candidates.Dates.SelectMany(d => d.Sources))
                .Concat(candidates.Figures.Select(f => f.Source));
            foreach (var source in sources)
            {
                var paragraph = article.Paragraphs[source.Paragraph - 1].Text;
                Assert.Contains(source.Text, paragraph, StringComparison.Ordinal);
                Assert.Contains(source.Sentence, paragraph, StringComparison.Ordinal);
                Assert.Contains(source.Text, source.Sentence, StringComparison.Ordinal);
            }

            Assert.All(candidates.Terms, t => Assert.Contains(t.Sources, s => s.Text.StartsWith(t.Name, StringComparison.Ordinal) || t.Aliases.Any(a => s.Text.StartsWith(a, StringComparison.Ordinal))));
            Assert.All(candidates.Terms, t => Assert.Contains(t.Name, string.Join("\n", article.Paragraphs.Select(p => p.Text)), StringComparison.Ordinal));
            Assert.All(candidates.Dates.Where(d => d.Date is not null), d => Assert.True(Briefing.Timeline.TimelineDate.IsValid(d.Date!), d.Date));
        }, iter: 2000);

    [Fact]
    public void Extraction_does_not_depend_on_the_culture() =>
        Article.Sample(article =>
        {
            var invariant = Describe(ArticleCandidates.From(article));
            string turkish;
            using (new CultureScope("tr-TR"))
            {
                turkish = Describe(ArticleCandidates.From(article));
            }

            Assert.Equal(invariant, turkish);
        }, iter: 300);

    private static string Describe(ArticleCandidates c) => string.Join("\n",
        c.Terms.Select(t => $"{t.Name}|{string.Join(",", t.Aliases)}|{string.Join(",", t.Sources)}")
            .Concat(c.Dates.Select(d => $"{d.Text}|{d.Date}|{d.Label}|{d.Approximate}|{string.Join(",", d.Sources)}"))
            .Concat(c.Figures.Select(f => $"{f.Text}|{f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{f.Unit}|{f.Qualifier}|{f.Source}")));
}
