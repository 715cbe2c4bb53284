using System.Text.RegularExpressions;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;
using Briefing.Theme;
using SkiaSharp;

namespace Briefing.Cards;

/// <summary>
/// The card's colours: the theme's light colour scheme, read from the custom properties the stylesheet
/// (<c>assets/site.css</c>, overridable like any theme file) sets on <c>:root</c>, as a card has no colour scheme of
/// its own to follow. A theme that changes a colour therefore changes the cards.
/// </summary>
internal sealed partial class CardPalette : IFingerprintable
{
    public const string StylesheetPath = "assets/site.css";

    /// <summary>The custom properties a card is painted with, in the order of the constructor's colours.</summary>
    public static readonly IReadOnlyList<string> Variables =
        ["--bg", "--text", "--muted", "--accent", "--rule", "--map-sea", "--map-land", "--map-border", "--map-shade", "--map-place"];

    private readonly SKColor[] _colours;

    private CardPalette(SKColor[] colours) => _colours = colours;

    public SKColor Background => _colours[0];

    public SKColor Text => _colours[1];

    public SKColor Muted => _colours[2];

    public SKColor Accent => _colours[3];

    public SKColor Rule => _colours[4];

    public SKColor Sea => _colours[5];

    public SKColor Land => _colours[6];

    public SKColor Border => _colours[7];

    public SKColor Shade => _colours[8];

    public SKColor Place => _colours[9];

    /// <summary>The colours as written in the stylesheet's notation, lower case (<c>#fbfaf6</c>), in the order of <see cref="Variables"/>.</summary>
    public object FingerprintContent => _colours.Select(c => $"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}").ToList();

    public static CardPalette Read(ThemeFiles theme)
    {
        var file = theme.Provider.GetFileInfo(StylesheetPath);
        var name = file.PhysicalPath is { } physical ? Path.GetRelativePath(theme.SiteRoot, physical).Replace('\\', '/') : "theme/" + StylesheetPath;
        if (!file.Exists)
        {
            throw new DiagnosticException($"the stylesheet {StylesheetPath}, whose colours the social cards use, is missing", new SourceLocation(name), $"restore theme/{StylesheetPath}, or put a stylesheet of that name in input/{StylesheetPath}");
        }

        string css;
        using (var reader = new StreamReader(file.CreateReadStream()))
        {
            css = reader.ReadToEnd();
        }

        return Parse(css, name);
    }

    /// <summary>The palette of a stylesheet's text; <paramref name="file"/> names it in messages.</summary>
    public static CardPalette Parse(string css, string file)
    {
        var set = RootVariables.Read(css);
        var colours = new SKColor[Variables.Count];
        for (var i = 0; i < Variables.Count; i++)
        {
            var variable = Variables[i];
            if (!set.TryGetValue(variable, out var setting))
            {
                throw new DiagnosticException(
                    $"the social cards' colour {variable} is not set on :root",
                    new SourceLocation(file),
                    $"add '{variable}: #rrggbb;' to the :root rule outside any @media rule (the cards use: {string.Join(", ", Variables)})");
            }

            if (!HexColour().IsMatch(setting.Value) || !SKColor.TryParse(setting.Value, out colours[i]))
            {
                throw new DiagnosticException(
                    $"the social cards' colour {variable} is '{setting.Value}', which is not a colour they can use",
                    new SourceLocation(file, setting.Line, setting.Column),
                    "write it as #rgb or #rrggbb");
            }
        }

        return new CardPalette(colours);
    }

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
