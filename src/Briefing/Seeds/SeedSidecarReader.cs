using System.Text.RegularExpressions;
using Briefing.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Seeds;

/// <summary>
/// Reads a seed's sidecar, <c>seeds/&lt;name&gt;.yml</c>: a flat YAML mapping with the keys in
/// <see cref="Keys"/>. The YAML representation model is used rather than a deserializer so that every
/// error can point at the exact key or value. An empty or null value counts as absent.
/// </summary>
public static partial class SeedSidecarReader
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

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new DiagnosticException(
                $"the sidecar is not valid YAML: {e.Message}",
                At(file, e.Start),
                "write one 'key: value' per line, e.g. 'author: Jane Doe'; quote values that contain ': ' or start with a special character");
        }

        if (stream.Documents.Count == 0)
        {
            return SeedSidecar.Empty;
        }

        if (stream.Documents.Count > 1)
        {
            throw new DiagnosticException(
                "the sidecar has more than one YAML document",
                At(file, stream.Documents[1].RootNode.Start),
                "remove the '---' separator and keep a single mapping of keys to values");
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode rootScalar && IsNull(rootScalar))
        {
            return SeedSidecar.Empty;
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new DiagnosticException(
                "the sidecar must be a mapping of keys to values",
                At(file, root.Start),
                $"write one 'key: value' per line, with keys from: {string.Join(", ", Keys)}");
        }

        return ReadMapping(mapping, file);
    }

    private static SeedSidecar ReadMapping(YamlMappingNode mapping, string file)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                errors.Add(Diagnostic.Error(
                    $"unknown key '{key}'; expected one of: {string.Join(", ", Keys)}",
                    At(file, keyNode.Start),
                    "fix the spelling or remove the line; keys are lowercase"));
            }
            else if (values.ContainsKey(key))
            {
                errors.Add(Diagnostic.Error($"key '{key}' is given twice", At(file, keyNode.Start), "keep only one"));
            }
            else if (valueNode is not YamlScalarNode scalar)
            {
                errors.Add(Diagnostic.Error(
                    $"'{key}' must be a single text value, not a list or mapping",
                    At(file, valueNode.Start),
                    $"write it on one line, e.g. '{key}: …'"));
            }
            else
            {
                var value = IsNull(scalar) ? null : scalar.Value!.Trim();
                var problem = value is null ? null : Validate(key, value);
                if (problem is not null)
                {
                    errors.Add(Diagnostic.Error(problem.Value.Message, At(file, scalar.Start), problem.Value.Hint));
                }

                values[key] = value;
            }
        }

        if (errors.Count > 0)
        {
            throw new DiagnosticException(errors);
        }

        return new SeedSidecar(
            values.GetValueOrDefault(SourceUrlKey),
            values.GetValueOrDefault(PublisherKey),
            values.GetValueOrDefault(AuthorKey),
            values.GetValueOrDefault(SlugKey),
            values.GetValueOrDefault(LanguageKey),
            values.GetValueOrDefault(TitleKey));
    }

    private static (string Message, string Hint)? Validate(string key, string value) => key switch
    {
        SlugKey when !SlugPattern().IsMatch(value) => (
            $"slug '{value}' may contain only lowercase letters a-z, digits and single hyphens between them",
            "use e.g. 'why-azerbaijan-is-ramping-up-tensions', or remove 'slug' to derive it from the title"),
        SourceUrlKey when !IsAbsoluteHttpUrl(value) => (
            $"source_url '{value}' is not an absolute http or https URL",
            "give the full address of the original article, starting with 'https://'"),
        LanguageKey when !LanguageTagPattern().IsMatch(value) => (
            $"language '{value}' is not a language tag",
            "use a BCP 47 tag such as 'en', 'ru' or 'en-GB'"),
        _ => null,
    };

    private static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        uri.Host.Length > 0;

    // A plain (unquoted) empty value, '~' or 'null' is YAML's null; a quoted empty string is as good as absent.
    private static bool IsNull(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value) ||
        (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");

    private static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
