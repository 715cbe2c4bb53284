using Briefing.Content;
using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
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

        var data = ReadData(context.GetService<ThemeFiles>());
        CheckCountries(places, data);
        var (shown, leftOff) = LocatorMap.Split(places, data);
        if (shown.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var land = ProjectedLand.Of(data, LocatorMap.Fit(shown, data));
        var homeOptions = new LocatorMapOptions(HomeMapId, "Map of the places the briefing names");
        var home = LocatorMap.Draw(shown, data, land, homeOptions);
        ReportUnplaced(context, home.Labels);
        var homeFigure = MapFigure.Html(home, shown, leftOff, homeOptions, "Where it happens: the places of the briefing");

        var bySlug = shown.ToDictionary(p => p.Place.Slug, StringComparer.Ordinal);
        IReadOnlyList<Document> outputs =
        [
            .. inputs.Select(d => d.Get(CoreKeys.Page)?.Kind switch
            {
                { } kind when kind == ContentKinds.Home => d.WithContent(BottomLine.InsertAfter(d.Content, homeFigure)).With(MapKeys.HomeOutline, home.Outline),
                { } kind when kind == GlossaryKinds.Term && d.Get(GlossaryKeys.Term) is { } term && bySlug.GetValueOrDefault(term.Slug) is { } place
                    => d.With(MapKeys.TermMap, TermFigure(place, data, land)),
                _ => d,
            }),
        ];
        return Task.FromResult(outputs);
    }

    private static string TermFigure(MapPlace place, CountryData data, ProjectedLand land)
    {
        var options = new LocatorMapOptions("term-map", $"Map: where {place.Place.Label} is", place.Place.Slug);
        var drawing = LocatorMap.Draw([place], data, land, options);
        return MapFigure.Html(drawing, [place], [], options, $"{place.Place.Label} on the map of the briefing’s region");
    }

    private static CountryData ReadData(ThemeFiles theme)
    {
        var file = theme.Provider.GetFileInfo(CountryData.ThemePath);
        var where = new SourceLocation("theme/" + CountryData.ThemePath, 1, 1);
        if (!file.Exists)
        {
            throw new DiagnosticException("the map's country data is missing", where, "restore theme/data/countries.geojson (see docs/pictures.md), or remove place: from the glossary");
        }

        try
        {
            // The default theme may be embedded in the tool, so the file is read through its provider.
            using var reader = new StreamReader(file.CreateReadStream());
            return CountryData.Parse(reader.ReadToEnd());
        }
        catch (FormatException ex)
        {
            throw new DiagnosticException($"the map's country data cannot be read: {ex.Message}", where, "regenerate it as docs/pictures.md describes");
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

    private static void ReportUnplaced(IExecutionContext context, LabelLayout labels)
    {
        foreach (var label in labels.Unplaced)
        {
            context.Report(Diagnostic.Warning($"the map has no room for the label '{label.Text}' without overlapping another", null, "shorten the place's label: with label: in its place:"));
        }
    }
}
