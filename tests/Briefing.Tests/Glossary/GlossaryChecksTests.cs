using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Tests.Glossary;

public class GlossaryChecksTests
{
    [Fact]
    public void A_name_in_two_files_is_reported_once_at_the_later_file_naming_the_earlier()
    {
        var karabakh = Term("nagorno-karabakh", "Nagorno-Karabakh", "Karabakh");
        var khanate = Term("karabakh-khanate", "Karabakh Khanate", "Karabakh");

        var error = Assert.Single(GlossaryChecks.DuplicateNames([karabakh, khanate]));

        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(At("nagorno-karabakh", 4), error.Location);
        Assert.Contains("'Karabakh'", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/glossary/karabakh-khanate.md (at input/glossary/karabakh-khanate.md:4:3, term 'Karabakh Khanate')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_clash_the_way_the_linker_would_confuse_them()
    {
        var russia = Term("russia", "Russia’s army");
        var army = Term("russian-army", "russia's  Army");
        var error = Assert.Single(GlossaryChecks.DuplicateNames([russia, army]));
        Assert.Equal(At("russian-army", 2), error.Location);
    }

    [Fact]
    public void A_name_repeated_within_one_file_is_harmless()
    {
        Assert.Empty(GlossaryChecks.DuplicateNames([Term("baku", "Baku", "baku", "Baku")]));
    }

    [Fact]
    public void Case_sensitive_names_clash_only_with_the_same_letters_in_the_same_case_or_with_a_case_insensitive_name()
    {
        var us = Term("united-states", "US") with { CaseSensitive = true };
        var usShort = Term("us-dollar", "Us") with { CaseSensitive = true };
        Assert.Empty(GlossaryChecks.DuplicateNames([us, usShort]));

        var pronoun = Term("zz-us", "us");
        var error = Assert.Single(GlossaryChecks.DuplicateNames([us, usShort, pronoun]));
        Assert.Equal(At("zz-us", 2), error.Location);
        Assert.DoesNotContain("case_sensitive", error.Hint, StringComparison.Ordinal);

        var acronymLater = Term("zz-acronym", "US") with { CaseSensitive = true };
        Assert.Equal(At("zz-acronym", 2), Assert.Single(GlossaryChecks.DuplicateNames([us, acronymLater])).Location);
    }

    [Fact]
    public void A_see_also_to_an_unknown_slug_is_reported_at_its_place_with_the_closest_slug()
    {
        var baku = Term("baku", "Baku") with
        {
            SeeAlso = [("ilham-aliev", new SourceLocation("input/glossary/baku.md", 5, 12)), ("kremlin", new SourceLocation("input/glossary/baku.md", 5, 25))],
        };
        var errors = GlossaryChecks.UnknownSeeAlso([baku, Term("ilham-aliyev", "Ilham Aliyev"), Term("kremlin", "Kremlin")]);

        var error = Assert.Single(errors);
        Assert.Equal(new SourceLocation("input/glossary/baku.md", 5, 12), error.Location);
        Assert.Equal("see_also names 'ilham-aliev', which is not a glossary term", error.Message);
        Assert.StartsWith("did you mean 'ilham-aliyev'?", error.Hint, StringComparison.Ordinal);

        var far = baku with { SeeAlso = [("tbilisi", new SourceLocation("input/glossary/baku.md", 5, 12))] };
        Assert.Equal("use the file name (without .md) of a term in input/glossary/", Assert.Single(GlossaryChecks.UnknownSeeAlso([far])).Hint);
    }

    [Fact]
    public void A_term_missing_from_the_mentioned_set_is_a_warning_at_its_name()
    {
        var warnings = GlossaryChecks.Unmentioned([Term("sputnik", "Sputnik"), Term("baku", "Baku")], new HashSet<string> { "baku" });

        var warning = Assert.Single(warnings);
        Assert.Equal((DiagnosticSeverity.Warning, At("sputnik", 2)), (warning.Severity, warning.Location));
        Assert.Equal("the term 'Sputnik' is not mentioned on any page of the briefing", warning.Message);
    }

    [Theory]
    [InlineData("kremlin", "kremlin", 0)]
    [InlineData("kremlin", "kremlni", 2)]
    [InlineData("ilham-aliev", "ilham-aliyev", 1)]
    [InlineData("", "baku", 4)]
    public void Edit_distance_counts_single_character_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, SlugSuggestion.Distance(a, b));
        Assert.Equal(distance, SlugSuggestion.Distance(b, a));
    }

    // The term's name on line 2 and its aliases on line 4 from column 3, as in a file's front matter.
    private static GlossaryTerm Term(string slug, string name, params string[] aliases)
    {
        var file = $"input/glossary/{slug}.md";
        return new GlossaryTerm
        {
            Slug = slug,
            Term = name,
            Aliases = aliases,
            ShortDefinition = name,
            Location = new SourceLocation(file, 1, 1),
            DeclaredNames = [new TermName(name, new SourceLocation(file, 2, 7)), .. aliases.Select((a, i) => new TermName(a, new SourceLocation(file, 4, 3 + (10 * i))))],
        };
    }

    private static SourceLocation At(string slug, int line) =>
        new($"input/glossary/{slug}.md", line, line == 2 ? 7 : 3);
}
