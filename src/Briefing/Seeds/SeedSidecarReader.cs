using System.Text.RegularExpressions;
using Briefing.Core;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>
/// Reads a seed's sidecar, <c>seeds/&lt;name&gt;.yml</c>: a flat YAML mapping with the keys in <see cref="Keys"/>.
/// An empty or null value counts as absent; every mistake is reported at its key or value, all at once.
/// </summary>
internal static partial class SeedSidecarReader
{
    public const string SourceUrlKey = "source_url";
    public const string PublisherKey = "publisher";
    public const string AuthorKey = "author";
    public const string SlugKey = "slug";
    public const string LanguageKey = "language";
    public const string TitleKey = "title";

    public static IReadOnlyList<string> Keys { get; } =
        [SourceUrlKey, PublisherKey, AuthorKey, SlugKey, LanguageKey, TitleKey];

    /// <exception cref="DiagnosticException">The YAML is malformed, or a key or value is not allowed.</exception>
    public static SeedSidecar Parse(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);

        var map = YamlMapping.Parse(yaml, file, Keys);
        var slug = map.OptionalString(SlugKey);
        map.Check(
            SlugKey,
            slug is null || SlugPattern().IsMatch(slug),
            $"slug '{slug}' may contain only lowercase letters a-z, digits and single hyphens between them",
            "use e.g. 'why-azerbaijan-is-ramping-up-tensions', or remove 'slug' to derive it from the title");

        var sourceUrl = map.OptionalString(SourceUrlKey);
        map.Check(
            SourceUrlKey,
            sourceUrl is null || IsAbsoluteHttpUrl(sourceUrl),
            $"source_url '{sourceUrl}' is not an absolute http or https URL",
            "give the full address of the original article, starting with 'https://'");

        var language = map.OptionalString(LanguageKey);
        map.Check(
            LanguageKey,
            language is null || LanguageTagPattern().IsMatch(language),
            $"language '{language}' is not a language tag",
            "use a BCP 47 tag such as 'en', 'ru' or 'en-GB'");

        var sidecar = new SeedSidecar(
            sourceUrl,
            map.OptionalString(PublisherKey),
            map.OptionalString(AuthorKey),
            slug,
            language,
            map.OptionalString(TitleKey));
        map.ThrowIfErrors();
        return sidecar;
    }

    private static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        uri.Host.Length > 0;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
