using Briefing.Pipeline.Diagnostics;

namespace Briefing.Core;

/// <summary>Reads and checks <c>briefing.yml</c>.</summary>
internal static partial class SiteSettingsReader
{
    public const string FileName = SiteFolders.SettingsFile;

    private static readonly string[] Keys = ["title", "description", "language", "base_url", "publisher", "article", "search"];

    /// <summary>Reads the settings file of the site at <paramref name="root"/>.</summary>
    public static async Task<SiteSettings> ReadAsync(
        string root, string? baseUrlOverride, CancellationToken cancellationToken, string baseUrlSource = "--base-url")
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(root, FileName), cancellationToken).ConfigureAwait(false);
        return Parse(yaml, FileName, baseUrlOverride, baseUrlSource);
    }

    /// <summary>Reads the settings file of the site at <paramref name="root"/>, for callers that cannot wait.</summary>
    public static SiteSettings Read(string root, string? baseUrlOverride) =>
        Parse(File.ReadAllText(Path.Combine(root, FileName)), FileName, baseUrlOverride);

    public static SiteSettings Parse(string yaml, string file, string? baseUrlOverride = null, string baseUrlSource = "--base-url")
    {
        var map = YamlMapping.Parse(yaml, file, Keys);
        var title = map.RequiredString("title", "a title for the briefing, e.g. title: \"Azerbaijan and Russia\"");
        var article = map.OptionalString("article");
        map.Check("article", article is null || (article.Length > 0 && Slug.From(article) == article), $"article '{article}' is not an article slug", "write the slug of the main article, as in its address articles/<slug>/, e.g. article: azerbaijan-russia-tensions");
        var baseUrlText = baseUrlOverride ?? map.OptionalString("base_url") ?? "/";
        var language = map.OptionalString("language");
        map.Check(
            "language",
            language is null || LanguageTag().IsMatch(language),
            $"language '{language}' is not a language tag",
            "write a BCP 47 tag such as en, ru or en-GB");
        var search = map.OptionalBool("search");
        map.ThrowIfErrors();
        return new SiteSettings
        {
            Title = title,
            Description = map.OptionalString("description"),
            Language = language ?? "en",
            Publisher = map.OptionalString("publisher"),
            MainArticle = article,
            Search = search ?? true,
            MainArticleLocation = map.LocationOf("article") ?? new SourceLocation(file, 1, 1),
            BaseUrl = ParseBaseUrl(baseUrlText, baseUrlOverride is null ? map.LocationOf("base_url") : new SourceLocation(baseUrlSource)),
        };
    }

    public static Uri ParseBaseUrl(string text, SourceLocation? location)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('/'))
        {
            // A bare path (e.g. "/" or "/briefing/") serves local builds; links stay site-absolute.
            trimmed = "http://localhost" + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new DiagnosticException(
                $"base URL '{text}' is not an absolute http(s) URL without query or fragment",
                location ?? new SourceLocation("--base-url"),
                "write it like https://owner.github.io/briefing/ or /");
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }

    // BCP 47 in the shapes sites use: a primary language, then optional script, region or variant subtags.
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}
