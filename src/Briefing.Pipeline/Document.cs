using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Briefing.Pipeline;

/// <summary>
/// An immutable unit of work flowing through a pipeline: where it came from, where it goes,
/// its text content and its metadata. Every change makes a new document.
/// </summary>
public sealed record Document
{
    private static readonly ImmutableDictionary<string, object?> NoMetadata =
        ImmutableDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The source file, relative to the site root with '/' separators; empty for generated documents.</summary>
    public string Source { get; init; } = "";

    /// <summary>The output path, relative to the output folder with '/' separators; null when the document is not written.</summary>
    public string? Destination { get; init; }

    public string Content { get; init; } = "";

    public ImmutableDictionary<string, object?> Metadata { get; init; } = NoMetadata;

    public Document WithContent(string content) => this with { Content = content };

    public Document With(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document With(IEnumerable<KeyValuePair<string, object?>> items) => this with { Metadata = Metadata.SetItems(items) };

    public Document With<T>(MetadataKey<T> key, T? value)
        where T : notnull => With(key.Name, value);

    public bool TryGet<T>(MetadataKey<T> key, [NotNullWhen(true)] out T? value)
        where T : notnull => TryGet<T>(key.Name, out value);

    /// <summary>The value under <paramref name="key"/>, or null (the type's default) when the document has none.</summary>
    public T? Get<T>(MetadataKey<T> key)
        where T : notnull => Get<T>(key.Name);

    /// <summary>A value the pipeline itself guarantees; its absence is a bug, not a user mistake.</summary>
    public T Require<T>(MetadataKey<T> key)
        where T : notnull => Require<T>(key.Name);

    private bool TryGet<T>(string key, [NotNullWhen(true)] out T? value)
    {
        if (Metadata.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    private T? Get<T>(string key) => TryGet<T>(key, out var value) ? value : default;

    private T Require<T>(string key) =>
        TryGet<T>(key, out var value)
            ? value
            : throw new InvalidOperationException($"Document '{Source}' has no metadata '{key}' of type {typeof(T).Name}.");
}
