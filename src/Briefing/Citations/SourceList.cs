using System.Globalization;
using Briefing.Core;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Citations;

/// <summary>The outside sources of <c>input/data/sources.yml</c>, by id.</summary>
internal sealed class SourceList : IFingerprintable
{
    public const string FileName = "input/data/sources.yml";

    /// <summary>The link scheme of a context chip: <c>[Meduza](source:meduza-2025-06-30)</c>.</summary>
    public const string Scheme = "source:";

    private static readonly string[] FileKeys = ["sources"];
    private static readonly string[] SourceKeys = ["id", "title", "publisher", "name", "date", "url"];

    private readonly Dictionary<string, OutsideSource> _byId;

    public SourceList(IReadOnlyList<OutsideSource> sources)
    {
        Sources = sources;
        _byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public static SourceList Empty { get; } = new([]);

    public IReadOnlyList<OutsideSource> Sources { get; }

    /// <summary>The lookup by id is made from the sources, so they are the whole content.</summary>
    public object FingerprintContent => Sources;

    public OutsideSource Resolve(string id, SourceLocation location) =>
        _byId.GetValueOrDefault(id) ?? throw new DiagnosticException(
            $"source '{id}' is not in {FileName}",
            location,
            Sources.Count == 0
                ? $"add it to {FileName} (id, title, publisher, date, url)"
                : $"add it to {FileName}, or use a known id: {string.Join(", ", Sources.Select(s => s.Id))}");

    /// <summary>Reads and checks the file; every mistake is reported with its line, not just the first.</summary>
    public static SourceList Parse(string yaml, string file)
    {
        var map = YamlMapping.Parse(yaml, file, FileKeys);
        var sources = new List<OutsideSource>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in map.MappingList("sources", SourceKeys))
        {
            var id = entry.RequiredString("id", "id: ap-2025-06-27");
            var title = entry.RequiredString("title", "title: The source's own title");
            var publisher = entry.RequiredString("publisher", "publisher: Associated Press");
            var url = entry.RequiredString("url", "url: https://…");
            var dateText = entry.OptionalString("date");
            DateOnly? date = null;
            if (dateText is not null && entry.Check(
                "date",
                DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed),
                $"date '{dateText}' is not a date in the form YYYY-MM-DD",
                "write the source's publication date, e.g. date: 2025-06-30"))
            {
                date = parsed;
            }

            entry.Check("id", id.Length == 0 || Slug.From(id) == id, $"source id '{id}' is not a slug", $"use lowercase letters, digits and hyphens, e.g. {Slug.From(id)}");
            entry.Check("url", url.Length == 0 || IsWebAddress(url), $"url '{url}' is not an absolute http(s) address", "write the full address, e.g. https://www.example.org/page");
            var location = entry.LocationOf("id") ?? entry.Location;
            if (id.Length > 0 && !seen.TryAdd(id, location))
            {
                entry.Report(Diagnostic.Error($"source id '{id}' is also used at line {seen[id].Line}", location, "give each source its own id"));
            }

            // Mistakes are shared with the file's mapping and thrown together below.
            sources.Add(new OutsideSource
            {
                Id = id,
                Title = title,
                Publisher = publisher,
                Name = entry.OptionalString("name") ?? publisher,
                Date = date,
                Url = url,
                Location = location,
            });
        }

        map.ThrowIfErrors();
        return new SourceList(sources);
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
