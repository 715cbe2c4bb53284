using System.Globalization;
using Briefing.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Core;

/// <summary>
/// A YAML mapping read with YamlDotNet's node model so every key and value keeps its line and column:
/// front matter, settings, sidecars and data files all report mistakes at the exact place. Unknown keys are
/// errors (a typo such as <c>titel</c> would otherwise be silently ignored). Mistakes are collected rather than
/// thrown one at a time: read every value, then call <see cref="ThrowIfErrors"/> to report them all together.
/// </summary>
internal sealed class YamlMapping
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _errors;

    private YamlMapping(YamlMappingNode node, string file, int lineOffset, List<Diagnostic> errors)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        _errors = errors;
    }

    public string File { get; }

    public SourceLocation Location => At(_node.Start);

    public bool HasErrors => _errors.Count > 0;

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="lineOffset"/> + 1 of <paramref name="file"/>.
    /// Malformed YAML throws at once; unknown and repeated keys are collected.
    /// </summary>
    public static YamlMapping Parse(string yaml, string file, IReadOnlyCollection<string> allowedKeys, int lineOffset = 0)
    {
        YamlNesting.Check(yaml, file, lineOffset);
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
                "check indentation, and quote values that contain ': ' or start with a special character");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed input (e.g. a stray block scalar indicator) without a position.
            throw new DiagnosticException(
                "invalid YAML: the text cannot be read as key: value pairs",
                new SourceLocation(file, lineOffset + 1, 1),
                "check indentation, and quote values that contain ': ' or start with a special character such as [ { > | * & ! %");
        }

        if (stream.Documents.Count > 1)
        {
            throw new DiagnosticException(
                "more than one YAML document",
                new SourceLocation(file, (int)stream.Documents[1].RootNode.Start.Line + lineOffset, (int)stream.Documents[1].RootNode.Start.Column),
                "remove the '---' separator and keep a single set of key: value pairs");
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is null || (root is YamlScalarNode scalar && IsNull(scalar)))
        {
            return new YamlMapping(new YamlMappingNode(), file, lineOffset, []);
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new DiagnosticException(
                "expected a mapping of key: value pairs",
                new SourceLocation(file, (int)root.Start.Line + lineOffset, (int)root.Start.Column),
                $"write one key: value per line, with keys from: {string.Join(", ", allowedKeys)}");
        }

        return new YamlMapping(mapping, file, lineOffset, []).CheckKeys(allowedKeys);
    }

    public SourceLocation? LocationOf(string key) => Find(key) is { } entry ? At(entry.Start) : null;

    /// <summary>A text value that must be present; records an error and returns "" when it is not.</summary>
    public string RequiredString(string key, string example)
    {
        var value = OptionalString(key);
        if (value is null && !HasErrorAt(LocationOf(key)))
        {
            _errors.Add(Diagnostic.Error($"missing required key '{key}'", LocationOf(key) ?? Location, $"add {example}"));
        }

        return value ?? "";
    }

    /// <summary>A text value; null when absent or empty (plain empty, <c>~</c> or <c>null</c>).</summary>
    public string? OptionalString(string key)
    {
        if (Find(key) is not { } entry)
        {
            return null;
        }

        if (entry is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value!.Trim();
        }

        Report(entry, $"'{key}' must be a single text value, not a list or mapping", $"write it on one line, e.g. {key}: some text");
        return null;
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Check(key, false, $"'{key}' must be a whole number, not '{text}'", $"write {key}: 1");
        return null;
    }

    public bool? OptionalBool(string key)
    {
        var text = OptionalString(key);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Check(key, false, $"'{key}' must be true or false, not '{text}'", $"write {key}: true");
                return null;
        }
    }

    /// <summary>A list of text values; a single value is taken as a list of one.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> StringList(string key)
    {
        if (Find(key) is not { } entry)
        {
            return [];
        }

        switch (entry)
        {
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [(scalar.Value!.Trim(), At(scalar.Start))];
            case YamlSequenceNode sequence:
                var items = new List<(string, SourceLocation)>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode item && !IsNull(item))
                    {
                        items.Add((item.Value!.Trim(), At(item.Start)));
                    }
                    else
                    {
                        Report(child, $"every item of '{key}' must be a single text value", $"write {key}: [first, second]");
                    }
                }

                return items;
            default:
                Report(entry, $"'{key}' must be a list", $"write {key}: [first, second]");
                return [];
        }
    }

    /// <summary>A list of mappings, e.g. the events of a timeline; their mistakes are collected with this mapping's.</summary>
    public IReadOnlyList<YamlMapping> MappingList(string key, IReadOnlyCollection<string> allowedKeys)
    {
        if (Find(key) is not { } entry)
        {
            return [];
        }

        if (entry is not YamlSequenceNode sequence)
        {
            Report(entry, $"'{key}' must be a list of entries", $"start each entry with '- ' under {key}:");
            return [];
        }

        var entries = new List<YamlMapping>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode mapping)
            {
                entries.Add(new YamlMapping(mapping, File, _lineOffset, _errors).CheckKeys(allowedKeys));
            }
            else
            {
                Report(child, $"every entry of '{key}' must be a set of key: value pairs", "indent the entry's keys under '- '");
            }
        }

        return entries;
    }

    /// <summary>A nested mapping, e.g. a glossary term's <c>place:</c>; its mistakes are collected with this mapping's.</summary>
    public YamlMapping? OptionalMapping(string key, IReadOnlyCollection<string> allowedKeys)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case YamlMappingNode mapping:
                return new YamlMapping(mapping, File, _lineOffset, _errors).CheckKeys(allowedKeys);
            case var other:
                Report(other, $"'{key}' must be a set of key: value pairs", $"write {key}: {{ {string.Join(": …, ", allowedKeys.Take(2))}: … }}");
                return null;
        }
    }

    /// <summary>A number written in YAML (e.g. a latitude); records an error when it is not one.</summary>
    public double? OptionalNumber(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Check(key, false, $"'{key}' must be a number, not '{text}'", $"write {key}: 40.41 (a dot for decimals)");
        return null;
    }

    /// <summary>Records an error at <paramref name="key"/>'s value (or at the mapping) unless <paramref name="ok"/>.</summary>
    public bool Check(string key, bool ok, string message, string hint)
    {
        if (!ok)
        {
            _errors.Add(Diagnostic.Error(message, LocationOf(key) ?? Location, hint));
        }

        return ok;
    }

    /// <summary>Records an error found by the caller at a place of its choosing.</summary>
    public void Report(Diagnostic diagnostic) => _errors.Add(diagnostic);

    /// <summary>Throws every mistake recorded so far (in this mapping and the entries read from it), in file order.</summary>
    public void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new DiagnosticException(DiagnosticOrder.Sort(_errors));
        }
    }

    // A plain empty value, '~' or 'null' is YAML's null; a quoted blank string is as good as absent.
    private static bool IsNull(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value)
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");

    private YamlMapping CheckKeys(IReadOnlyCollection<string> allowedKeys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(key))
            {
                Report(keyNode, $"unknown key '{key}'; expected one of: {string.Join(", ", allowedKeys)}", "fix the spelling or remove the line; keys are lowercase");
            }
            else if (!seen.Add(key))
            {
                Report(keyNode, $"key '{key}' is given twice", "keep only one");
            }
        }

        return this;
    }

    private bool HasErrorAt(SourceLocation? location) => location is not null && _errors.Any(e => e.Location == location);

    private YamlNode? Find(string key)
    {
        YamlNode? found = null;
        foreach (var (keyNode, value) in _node.Children)
        {
            // With a repeated key (already reported) the first one counts.
            if (found is null && keyNode is YamlScalarNode { Value: var name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                found = value;
            }
        }

        return found;
    }

    private SourceLocation At(Mark mark) => new(File, (int)mark.Line + _lineOffset, (int)mark.Column);

    private void Report(YamlNode node, string message, string hint) => _errors.Add(Diagnostic.Error(message, At(node.Start), hint));
}
