using System.Globalization;
using Briefing.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Content;

/// <summary>
/// A YAML mapping read with YamlDotNet's node model so every key and value keeps its line and column:
/// front matter, settings and data files all report mistakes at the exact place, and unknown keys are errors
/// (a typo such as <c>titel</c> would otherwise be silently ignored).
/// </summary>
public sealed class YamlMapping
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;

    private YamlMapping(YamlMappingNode node, string file, int lineOffset)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
    }

    public string File { get; }

    public SourceLocation Location => At(_node.Start);

    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="lineOffset"/> + 1 of <paramref name="file"/>.</summary>
    public static YamlMapping Parse(string yaml, string file, IReadOnlyCollection<string> allowedKeys, int lineOffset = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new DiagnosticException(
                $"invalid YAML: {ex.InnerException?.Message ?? ex.Message}",
                new SourceLocation(file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column),
                "check indentation, and quote values that contain ':' or start with a special character");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMapping(new YamlMappingNode(), file, lineOffset).Checked(allowedKeys);
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            throw new DiagnosticException(
                "expected key: value pairs",
                new SourceLocation(file, (int)root.Start.Line + lineOffset, (int)root.Start.Column),
                "write one setting per line, e.g. title: My page");
        }

        return new YamlMapping(mapping, file, lineOffset).Checked(allowedKeys);
    }

    public bool Has(string key) => Find(key) is not null;

    public SourceLocation? LocationOf(string key) => Find(key) is { } entry ? At(entry.Value.Start) : null;

    public string RequiredString(string key, string example) =>
        OptionalString(key) ?? throw new DiagnosticException($"missing required key '{key}'", Location, $"add {example}");

    public string? OptionalString(string key)
    {
        if (Find(key) is not { } entry)
        {
            return null;
        }

        return entry.Value switch
        {
            YamlScalarNode { Value: null or "" } scalar when scalar.Style == ScalarStyle.Plain => null,
            YamlScalarNode scalar => scalar.Value!.Trim(),
            var other => throw Error(other, $"'{key}' must be a single text value", $"write {key}: some text"),
        };
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(Find(key)!.Value.Value, $"'{key}' must be a whole number, not '{text}'", $"write {key}: 1");
    }

    public bool? OptionalBool(string key)
    {
        var text = OptionalString(key);
        return text?.ToLowerInvariant() switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(Find(key)!.Value.Value, $"'{key}' must be true or false, not '{text}'", $"write {key}: true"),
        };
    }

    /// <summary>A list of text values; a single value is taken as a list of one.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> StringList(string key)
    {
        if (Find(key) is not { } entry)
        {
            return [];
        }

        return entry.Value switch
        {
            YamlScalarNode { Value: null or "" } => [],
            YamlScalarNode scalar => [(scalar.Value!.Trim(), At(scalar.Start))],
            YamlSequenceNode sequence => [.. sequence.Children.Select(child => child is YamlScalarNode { Value: not null } item
                ? (item.Value.Trim(), At(item.Start))
                : throw Error(child, $"every item of '{key}' must be a single text value", $"write {key}: [first, second]"))],
            var other => throw Error(other, $"'{key}' must be a list", $"write {key}: [first, second]"),
        };
    }

    /// <summary>A list of mappings, e.g. the events of a timeline.</summary>
    public IReadOnlyList<YamlMapping> MappingList(string key, IReadOnlyCollection<string> allowedKeys)
    {
        if (Find(key) is not { } entry)
        {
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            throw Error(entry.Value, $"'{key}' must be a list of entries", $"start each entry with '- ' under {key}:");
        }

        return [.. sequence.Children.Select(child => child is YamlMappingNode mapping
            ? new YamlMapping(mapping, File, _lineOffset).Checked(allowedKeys)
            : throw Error(child, $"every entry of '{key}' must be a set of key: value pairs", "indent the entry's keys under '- '"))];
    }

    public DiagnosticException Error(string key, string message, string hint) =>
        Find(key) is { } entry ? Error(entry.Value, message, hint) : new DiagnosticException(message, Location, hint);

    private YamlMapping Checked(IReadOnlyCollection<string> allowedKeys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(key))
            {
                throw Error(keyNode, $"unknown key '{key}'", $"expected one of: {string.Join(", ", allowedKeys)}");
            }

            if (!seen.Add(key))
            {
                throw Error(keyNode, $"key '{key}' is given twice", "keep one of them");
            }
        }

        return this;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return pair;
            }
        }

        return null;
    }

    private SourceLocation At(Mark mark) => new(File, (int)mark.Line + _lineOffset, (int)mark.Column);

    private DiagnosticException Error(YamlNode node, string message, string hint) => new(message, At(node.Start), hint);
}
