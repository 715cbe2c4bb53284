using Briefing.Cards;
using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;
using Briefing.Theme;
using SkiaSharp;

namespace Briefing.Tests.Cards;

/// <summary>The card's colours come from the stylesheet's top-level :root variables, with located errors.</summary>
public sealed class CardPaletteTests
{
    private const string Css = """
        /* --bg: #000000; a comment is not a setting */
        :root {
          color-scheme: light dark;
          --bg: #fbfaf6;
          --text: #1b1b1b; --muted: #4b5057;
          --accent: #1D4F91;
          --rule: #ddd;
          --map-sea: #dfe8ef;
          --map-land: #f4f1e8;
          --map-border: #b3ad9f;
          --map-shade: #d9e3f1;
          --map-place: #1d4f91
        }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #1c1e22; }
        }
        body { background: var(--bg); }
        """;

    [Fact]
    public void The_light_values_are_read_and_dark_mode_is_left_out()
    {
        var palette = CardPalette.Parse(Css, "theme/assets/site.css");

        Assert.Equal(new SKColor(0xfb, 0xfa, 0xf6), palette.Background);
        Assert.Equal(new SKColor(0x4b, 0x50, 0x57), palette.Muted);
        Assert.Equal(new SKColor(0x1d, 0x4f, 0x91), palette.Accent);
        Assert.Equal(new SKColor(0xdd, 0xdd, 0xdd), palette.Rule);
        Assert.Equal(new SKColor(0x1d, 0x4f, 0x91), palette.Place);
    }

    [Fact]
    public void A_later_root_rule_overrides_and_positions_are_the_files()
    {
        var variables = RootVariables.Read(Css + "\n:root { --bg: #ffffff; }\n");

        Assert.Equal(("#ffffff", 18, 9), variables["--bg"]);
        Assert.Equal(("#4b5057", 5, 20), variables["--muted"]);
        Assert.DoesNotContain("color-scheme", variables.Keys);
    }

    [Fact]
    public void The_theme_s_own_stylesheet_gives_every_colour()
    {
        using var theme = new ThemeFiles(RepositoryFiles.Root);
        var css = File.ReadAllText(RepositoryFiles.PathOf("theme/assets/site.css"));
        var variables = RootVariables.Read(css);

        var palette = CardPalette.Read(theme);

        Assert.Equal(SKColor.Parse(variables["--bg"].Value), palette.Background);
        Assert.Equal(SKColor.Parse(variables["--map-sea"].Value), palette.Sea);
    }

    [Fact]
    public void A_missing_colour_is_an_error_naming_the_file_and_the_variable()
    {
        var error = Assert.Throws<DiagnosticException>(() => CardPalette.Parse(Css.Replace("--map-shade: #d9e3f1;", "", StringComparison.Ordinal), "input/assets/site.css"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("input/assets/site.css", diagnostic.Location?.File);
        Assert.Contains("--map-shade", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colour_the_cards_cannot_use_is_an_error_at_its_line_and_column()
    {
        var error = Assert.Throws<DiagnosticException>(() => CardPalette.Parse(Css.Replace("--text: #1b1b1b;", "--text: var(--ink);", StringComparison.Ordinal), "theme/assets/site.css"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation("theme/assets/site.css", 5, 3), diagnostic.Location);
        Assert.Contains("'var(--ink)'", diagnostic.Message, StringComparison.Ordinal);
    }
}
