using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Glossary.Linking;
using Briefing.Seeds;

namespace Briefing.Tests.Glossary.Linking;

/// <summary>A small glossary and a way to turn an HTML fragment into the element the linker works on.</summary>
internal static class LinkerPages
{
    public const string AzerbaijanTip = "A country in the South Caucasus.";

    public static readonly LinkableTerm[] GlossaryTerms =
    [
        new("azerbaijan", "/glossary/azerbaijan/", AzerbaijanTip, ["Azerbaijan"]),
        new("azal", "/glossary/azal/", "The national airline.", ["Azerbaijan Airlines"]),
        new("russia", "/glossary/russia/", "The Russian Federation.", ["Russia", "Russian Federation"]),
        new("nagorno-karabakh", "/glossary/nagorno-karabakh/", "A region in the South Caucasus.", ["Nagorno-Karabakh", "Karabakh"]),
        new("heydar-aliyev", "/glossary/heydar-aliyev/", "President of Azerbaijan 1993–2003.", ["Heydar Aliyev"]),
        new("ilham-aliyev", "/glossary/ilham-aliyev/", "President of Azerbaijan since 2003.", ["Ilham Aliyev", "Aliyev"]),
        new("csto", "/glossary/csto/", "Collective Security Treaty Organization & <its> \"allies\".", ["CSTO"], CaseSensitive: true),
    ];

    public static readonly TermLinker Linker = new(GlossaryTerms);

    /// <summary>Parses <paramref name="articleHtml"/> as the content of an <c>&lt;article&gt;</c> and returns that element.</summary>
    public static IElement Article(string articleHtml)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head><title>Page</title></head><body><article>{articleHtml}</article></body></html>");
        return document.QuerySelector("article")!;
    }

    public static LinkResult Link(IElement article, string? ownSlug = null) => Linker.Link(article, ownSlug);

    public static string[] LinkedTexts(IElement root) =>
        [.. root.QuerySelectorAll("a.term").Select(a => $"{a.TextContent}->{a.GetAttribute("data-term")}")];
}
