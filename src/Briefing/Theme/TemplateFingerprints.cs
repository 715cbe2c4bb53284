using System.Collections.Concurrent;
using Briefing.Pipeline.Caching;
using Microsoft.Extensions.FileProviders;

namespace Briefing.Theme;

/// <summary>
/// Fingerprints of the theme's templates (site overrides applied), for cacheable steps that render them: a page
/// rendered with a layout depends on that layout, the frame and every partial, since any template may include
/// any partial. The files are read once per build, and only when a cache asks. <see cref="MembersOf"/> tells a step
/// which parts of a large value its templates can read, so that its key holds only those.
/// </summary>
internal sealed class TemplateFingerprints(IFileProvider files) : IFingerprintable
{
    private static readonly string[] Folders = ["layouts", "partials"];

    private readonly Lazy<IReadOnlyDictionary<string, string>> _texts = new(() => Read(files));
    private readonly ConcurrentDictionary<string, Fingerprint> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>?> _members = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, Fingerprint>? _fingerprints;

    // Made from the texts on first use; two threads may both make it, with equal content.
    private IReadOnlyDictionary<string, Fingerprint> Files =>
        _fingerprints ??= new SortedDictionary<string, Fingerprint>(
            _texts.Value.ToDictionary(t => t.Key, t => Fingerprint.Of(t.Value), StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>As a value, every template with its fingerprint (read on first use).</summary>
    public object FingerprintContent => Files;

    /// <summary>The fingerprint of the given templates together with every partial; a missing template counts as empty.</summary>
    public Fingerprint Of(params string[] templates) => _sets.GetOrAdd(string.Join('\n', templates), _ => Compute(templates));

    private Fingerprint Compute(string[] templates)
    {
        var hasher = FingerprintHasher.Create();
        foreach (var (path, fingerprint) in Files.Where(f => IsUsedBy(f.Key, templates)))
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

    /// <summary>
    /// The members of <paramref name="variable"/> that the given templates and every partial read (see
    /// <see cref="VariableMembers"/>), or null when they may read all of it.
    /// </summary>
    public IReadOnlySet<string>? MembersOf(string variable, params string[] templates) =>
        _members.GetOrAdd(variable + "\n" + string.Join('\n', templates), _ =>
            VariableMembers.In(variable, _texts.Value.Where(t => IsUsedBy(t.Key, templates)).Select(t => t.Value)));

    private static bool IsUsedBy(string path, string[] templates) =>
        templates.Contains(path, StringComparer.Ordinal) || path.StartsWith("partials/", StringComparison.Ordinal);

    private static SortedDictionary<string, string> Read(IFileProvider files)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            AddFolder(files, folder, found);
        }

        return found;
    }

    private static void AddFolder(IFileProvider files, string folder, SortedDictionary<string, string> found)
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
                found[path] = reader.ReadToEnd();
            }
        }
    }
}
