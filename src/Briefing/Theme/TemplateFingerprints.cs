using System.Collections.Concurrent;
using Briefing.Pipeline.Caching;
using Microsoft.Extensions.FileProviders;

namespace Briefing.Theme;

/// <summary>
/// Fingerprints of the theme's templates (site overrides applied), for cacheable steps that render them: a page
/// rendered with a layout depends on that layout, the frame and every partial, since any template may include
/// any partial. The files are read once per build, and only when a cache asks.
/// </summary>
internal sealed class TemplateFingerprints(IFileProvider files) : IFingerprintable
{
    private static readonly string[] Folders = ["layouts", "partials"];

    private readonly Lazy<IReadOnlyDictionary<string, Fingerprint>> _files = new(() => Read(files));
    private readonly ConcurrentDictionary<string, Fingerprint> _sets = new(StringComparer.Ordinal);

    /// <summary>As a value, every template with its fingerprint (read on first use).</summary>
    public object FingerprintContent => _files.Value;

    /// <summary>The fingerprint of the given templates together with every partial; a missing template counts as empty.</summary>
    public Fingerprint Of(params string[] templates) => _sets.GetOrAdd(string.Join('\n', templates), _ => Compute(templates));

    private Fingerprint Compute(string[] templates)
    {
        var hasher = FingerprintHasher.Create();
        foreach (var (path, fingerprint) in _files.Value.Where(f => templates.Contains(f.Key, StringComparer.Ordinal) || f.Key.StartsWith("partials/", StringComparison.Ordinal)))
        {
            hasher.Add(path);
            hasher.Add(fingerprint);
        }

        foreach (var template in templates)
        {
            hasher.Add(template);
        }

        return hasher.Finish();
    }

    private static SortedDictionary<string, Fingerprint> Read(IFileProvider files)
    {
        var found = new SortedDictionary<string, Fingerprint>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            AddFolder(files, folder, found);
        }

        return found;
    }

    private static void AddFolder(IFileProvider files, string folder, SortedDictionary<string, Fingerprint> found)
    {
        foreach (var entry in files.GetDirectoryContents(folder))
        {
            var path = $"{folder}/{entry.Name}";
            if (entry.IsDirectory)
            {
                AddFolder(files, path, found);
            }
            else if (!found.ContainsKey(path))
            {
                using var stream = entry.CreateReadStream();
                using var reader = new StreamReader(stream);
                found[path] = Fingerprint.Of(reader.ReadToEnd());
            }
        }
    }
}
