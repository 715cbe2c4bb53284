using Briefing.Content;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;
using Briefing.Theme;

namespace Briefing.Maps;

/// <summary>
/// Draws the maps once every page is linked: the home page's map of every place the glossary knows, right
/// under the bottom line, and on each place's term page a smaller map of the same region with that place alone
/// (the layout's <c>map</c>). A place outside the country data is left off and named in the caption. Runs after
/// the glossary linker, so the map's own links are never taken for mentions.
/// </summary>
internal sealed class AddLocatorMaps(string glossaryPipeline) : IModule
{
    public const string HomeMapId = "map";

    private static readonly SourceLocation DataLocation = new("theme/" + CountryData.ThemePath, 1, 1);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var urls = context.GetService<SiteUrls>();
        var places = context.Outputs(glossaryPipeline)
            .Select(d => (Place: d.Get(MapKeys.Place), Term: d.Require(GlossaryKeys.Term)))
            .Where(p => p.Place is not null)
            .Select(p => new MapPlace(p.Place!, urls.Href(p.Term.Path), p.Term.ShortDefinition))
            .OrderBy(p => p.Place.Slug, StringComparer.Ordinal)
            .ToList();
        if (places.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        // Projecting and clipping the countries is most of a build's map work, so it is done again only when the
        // places (with their links and definitions), the country data or the build's inputs change.
        var theme = context.GetService<ThemeFiles>();
        var countries = ReadDataText(theme);
        var maps = MemoValue.Of(this, context, new object[] { places, countries }, () => Draw(places, countries));
        ReportUnplaced(context, maps.Unplaced);
        if (maps.HomeFigure is null)
        {
            return Task.FromResult(inputs);
        }

        IReadOnlyList<Document> outputs =
        [
            .. inputs.Select(d => d.Get(CoreKeys.Page)?.Kind switch
            {
                { } kind when kind == ContentKinds.Home => d.WithContent(BottomLine.InsertAfter(d.Content, maps.HomeFigure)).With(MapKeys.HomeOutline, maps.HomeOutline!),
                { } kind when kind == GlossaryKinds.Term && d.Get(GlossaryKeys.Term) is { } term && maps.TermFigures.GetValueOrDefault(term.Slug) is { } figure
                    => d.With(MapKeys.TermMap, figure),
                _ => d,
            }),
        ];
        return Task.FromResult(outputs);
    }

    private static LocatorMaps Draw(IReadOnlyList<MapPlace> places, string countries)
    {
        var data = ParseData(countries);
        CheckCountries(places, data);
        var (shown, leftOff) = LocatorMap.Split(places, data);
        if (shown.Count == 0)
        {
            return LocatorMaps.None;
        }

        var land = ProjectedLand.Of(data, LocatorMap.Fit(shown, data));
        var homeOptions = new LocatorMapOptions(HomeMapId, "Map of the places the briefing names");
        var home = LocatorMap.Draw(shown, data, land, homeOptions);
        var homeFigure = MapFigure.Html(home, shown, leftOff, homeOptions, "Where it happens: the places of the briefing");
        var termFigures = shown.ToDictionary(p => p.Place.Slug, p => TermFigure(p, data, land), StringComparer.Ordinal);
        return new LocatorMaps(homeFigure, home.Outline, termFigures, home.Labels.Unplaced);
    }

    private static string TermFigure(MapPlace place, CountryData data, ProjectedLand land)
    {
        var options = new LocatorMapOptions("term-map", $"Map: where {place.Place.Label} is", place.Place.Slug);
        var drawing = LocatorMap.Draw([place], data, land, options);
        return MapFigure.Html(drawing, [place], [], options, $"{place.Place.Label} on the map of the briefing’s region");
    }

    /// <summary>The country data's text, read on every build (cheap) so that the maps' key sees an edit to it.</summary>
    private static string ReadDataText(ThemeFiles theme)
    {
        var file = theme.Provider.GetFileInfo(CountryData.ThemePath);
        if (!file.Exists)
        {
            throw new DiagnosticException("the map's country data is missing", DataLocation, "restore theme/data/countries.geojson (see docs/pictures.md), or remove place: from the glossary");
        }

        // The default theme may be embedded in the tool, so the file is read through its provider.
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }

    private static CountryData ParseData(string text)
    {
        try
        {
            return CountryData.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new DiagnosticException($"the map's country data cannot be read: {ex.Message}", DataLocation, "regenerate it as docs/pictures.md describes");
        }
    }

    private static void CheckCountries(IReadOnlyList<MapPlace> places, CountryData data)
    {
        var errors = places
            .SelectMany(p => p.Place.Countries.Where(iso => data.Find(iso) is null).Select(iso => Diagnostic.Error(
                $"place '{p.Place.Slug}' names the country '{iso}', which the map data does not have",
                p.Place.Location,
                $"use an ISO 3166-1 alpha-3 code from theme/{CountryData.ThemePath}, e.g. AZE, ARM, TUR")))
            .ToList();
        if (errors.Count > 0)
        {
            throw new DiagnosticException(errors);
        }
    }

    private static void ReportUnplaced(IExecutionContext context, IReadOnlyList<LabelRequest> unplaced)
    {
        foreach (var label in unplaced)
        {
            context.Report(Diagnostic.Warning($"the map has no room for the label '{label.Text}' without overlapping another", null, "shorten the place's label: with label: in its place:"));
        }
    }
}
