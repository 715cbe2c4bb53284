using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Briefing.Core;
using Briefing.Pipeline.Caching;
using Briefing.Publishing;

namespace Briefing.Preview;

/// <summary>
/// The preview's output: two folders ("generations") under the preview folder, one served while the next build
/// updates the other, then a switch of which one is served. Requests therefore never see a half-written site, and
/// a failed build leaves the served one alone. Each generation keeps a manifest of what it holds (a fingerprint
/// per file), so a build rewrites only the files whose content differs and deletes the ones that are gone: after a
/// one-page edit, one page is written (twice in a row, once per generation), not the whole site. Files made on
/// writing (the social cards) are remembered by their stamp too, so a rebuild finds an unchanged card without
/// reading or drawing it.
/// </summary>
internal sealed class SiteGenerations : ISiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConditionalWeakTable<string, StrongBox<Fingerprint>> _texts = [];
    private readonly string[] _folders;
    private readonly ConcurrentDictionary<string, Fingerprint>[] _manifests = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly ConcurrentDictionary<string, StampedFile>[] _stamped = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private ConcurrentDictionary<string, Fingerprint> _building = new(StringComparer.Ordinal);
    private int _madeKept;
    private int _madeCopied;
    private int _madeMade;
    private int _served = -1;
    private int _target;
    private int _written;

    /// <summary>Starts with empty generations, removing whatever an earlier session left in <paramref name="folder"/>.</summary>
    public SiteGenerations(string folder)
    {
        Folder = Path.GetFullPath(folder);
        _folders = [Path.Combine(Folder, "a"), Path.Combine(Folder, "b")];
        foreach (var generation in _folders)
        {
            if (System.IO.Directory.Exists(generation))
            {
                System.IO.Directory.Delete(generation, recursive: true);
            }
        }
    }

    public string Folder { get; }

    /// <summary>The generation the current build writes to (it still holds files of an older build until the commit).</summary>
    public string Directory => _folders[_target];

    /// <summary>The folder being served, or null before the first successful build.</summary>
    public string? ServedFolder => _served < 0 ? null : _folders[_served];

    /// <summary>Output paths that differ between the served site and the one served before it (added, changed or removed).</summary>
    public IReadOnlyList<string> LastChanges { get; private set; } = [];

    public int FilesWritten => _building.Count;

    public int PagesWritten => _building.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>Files actually written to disk in this build (the rest were already up to date).</summary>
    public int FilesChangedOnDisk => _written;

    /// <summary>Files made on writing in this build: kept as the generation held them, copied from the served one, made.</summary>
    public MadeFileCounts MadeFiles => new(_madeKept, _madeCopied, _madeMade);

    public void Begin()
    {
        _target = _served == 0 ? 1 : 0;
        _building = new(StringComparer.Ordinal);
        _written = 0;
        _madeKept = _madeCopied = _madeMade = 0;
        System.IO.Directory.CreateDirectory(_folders[_target]);
    }

    public async Task WriteTextAsync(string destination, string content, CancellationToken cancellationToken)
    {
        if (IsCurrent(destination, FingerprintOf(content), out var target))
        {
            return;
        }

        await ReplaceAsync(target, temp => File.WriteAllTextAsync(temp, content, Utf8, cancellationToken)).ConfigureAwait(false);
        _manifests[_target][destination] = _building[destination];
        _stamped[_target].TryRemove(destination, out _);
    }

    public async Task CopyFileAsync(string destination, string sourceFile, CancellationToken cancellationToken) =>
        await WriteBytesAsync(destination, await File.ReadAllBytesAsync(sourceFile, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task WriteBytesAsync(string destination, byte[] content, CancellationToken cancellationToken)
    {
        // Assets are few and small, so their bytes are hashed rather than trusting timestamps.
        if (IsCurrent(destination, FingerprintOf(content), out var target))
        {
            return;
        }

        await ReplaceAsync(target, temp => File.WriteAllBytesAsync(temp, content, cancellationToken)).ConfigureAwait(false);
        _manifests[_target][destination] = _building[destination];
        _stamped[_target].TryRemove(destination, out _);
    }

    /// <summary>
    /// A file made on writing is kept when this generation holds it from the same stamp, untouched since (a stat,
    /// no read); copied when the served generation holds it so; made and written otherwise. Every file of the
    /// generations was written by this session, so a file with no stamp known is made.
    /// </summary>
    public async Task WriteMadeAsync(string destination, IMadeOnWrite file, CancellationToken cancellationToken)
    {
        var target = PathFor(destination);
        if (Holds(_target, destination, file.Stamp) is { } kept)
        {
            Claim(destination, kept.Fingerprint);
            Interlocked.Increment(ref _madeKept);
            return;
        }

        if (_served >= 0 && Holds(_served, destination, file.Stamp) is { } served)
        {
            Claim(destination, served.Fingerprint);
            var source = Path.Combine(_folders[_served], destination);
            await ReplaceAsync(target, temp => CopyAsync(source, temp, cancellationToken)).ConfigureAwait(false);
            Remember(destination, file.Stamp, served.Fingerprint, target);
            Interlocked.Increment(ref _madeCopied);
            return;
        }

        var content = file.Make();
        Interlocked.Increment(ref _madeMade);
        var fingerprint = FingerprintOf(content);
        Claim(destination, fingerprint);
        await ReplaceAsync(target, temp => File.WriteAllBytesAsync(temp, content, cancellationToken)).ConfigureAwait(false);
        Remember(destination, file.Stamp, fingerprint, target);
    }

    /// <summary>Removes files the new site no longer has, then serves it.</summary>
    public void Commit()
    {
        var target = _manifests[_target];
        foreach (var gone in target.Keys.Where(k => !_building.ContainsKey(k)).ToList())
        {
            var file = PathFor(gone);
            if (File.Exists(file))
            {
                File.Delete(file);
            }

            target.TryRemove(gone, out _);
            _stamped[_target].TryRemove(gone, out _);
        }

        var previous = _served < 0 ? new ConcurrentDictionary<string, Fingerprint>(StringComparer.Ordinal) : _manifests[_served];
        LastChanges =
        [
            .. _building.Where(f => !previous.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key)
                .Concat(previous.Keys.Where(k => !_building.ContainsKey(k)))
                .Order(StringComparer.Ordinal),
        ];
        _served = _target;
    }

    /// <summary>
    /// Brings the generation not being served up to date with the served one, a few files at a time: copies
    /// files it lacks or holds in an older version, deletes files the served one does not have. Run between
    /// builds (never during one), it spares the next build the writes of the previous one, and after the first
    /// build it fills the empty second generation. Returns how many files it touched; 0 means the two are equal.
    /// </summary>
    public int CatchUp(int limit)
    {
        if (_served < 0)
        {
            return 0;
        }

        var other = 1 - _served;
        var served = _manifests[_served];
        var behind = _manifests[other];
        var touched = 0;
        foreach (var (destination, fingerprint) in served)
        {
            if (touched == limit)
            {
                return touched;
            }

            if (!behind.TryGetValue(destination, out var held) || held != fingerprint)
            {
                var target = Path.Combine(_folders[other], destination);
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(_folders[_served], destination), target + ".tmp", overwrite: true);
                File.Move(target + ".tmp", target, overwrite: true);
                behind[destination] = fingerprint;
                if (_stamped[_served].TryGetValue(destination, out var stamped))
                {
                    _stamped[other][destination] = StampedFile.Of(stamped.Stamp, fingerprint, target);
                }
                else
                {
                    _stamped[other].TryRemove(destination, out _);
                }

                touched++;
            }
        }

        foreach (var gone in behind.Keys.Where(k => !served.ContainsKey(k)).Take(limit - touched).ToList())
        {
            File.Delete(Path.Combine(_folders[other], gone));
            behind.TryRemove(gone, out _);
            _stamped[other].TryRemove(gone, out _);
            touched++;
        }

        return touched;
    }

    /// <summary>
    /// Keeps serving the previous site. The unserved generation may now be partly updated; its manifest says
    /// exactly what it holds, so the next build still writes only what differs.
    /// </summary>
    public void Abandon() => LastChanges = [];

    /// <summary>A page the memo cache handed back unchanged is the same string as last time, so its fingerprint is too.</summary>
    private Fingerprint FingerprintOf(string content) =>
        _texts.GetValue(content, text => new StrongBox<Fingerprint>(Fingerprint.Of(text))).Value;

    private static Fingerprint FingerprintOf(byte[] content)
    {
        var hasher = FingerprintHasher.Create();
        hasher.Add((ulong)content.Length);
        hasher.Add(content);
        return hasher.Finish();
    }

    private static async Task CopyAsync(string source, string target, CancellationToken cancellationToken)
    {
        await using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        await using var to = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await from.CopyToAsync(to, cancellationToken).ConfigureAwait(false);
    }

    private bool IsCurrent(string destination, Fingerprint fingerprint, out string target)
    {
        target = PathFor(destination);
        Claim(destination, fingerprint);
        return _manifests[_target].TryGetValue(destination, out var current) && current == fingerprint;
    }

    private void Claim(string destination, Fingerprint fingerprint)
    {
        if (!_building.TryAdd(destination, fingerprint))
        {
            throw new InvalidOperationException($"'{destination}' was written twice in one build.");
        }
    }

    /// <summary>The stamped file <paramref name="generation"/> holds at a destination from <paramref name="stamp"/>, if it is still on disk as written.</summary>
    private StampedFile? Holds(int generation, string destination, string stamp) =>
        _stamped[generation].TryGetValue(destination, out var held)
        && held.Stamp == stamp
        && _manifests[generation].TryGetValue(destination, out var listed) && listed == held.Fingerprint
        && held.IsOnDisk(Path.Combine(_folders[generation], destination))
            ? held
            : null;

    private void Remember(string destination, string stamp, Fingerprint fingerprint, string target)
    {
        _manifests[_target][destination] = fingerprint;
        _stamped[_target][destination] = StampedFile.Of(stamp, fingerprint, target);
    }

    /// <summary>Writes beside the target and renames over it, so a reader still holding the old file is not disturbed.</summary>
    private async Task ReplaceAsync(string target, Func<string, Task> write)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".tmp";
        await write(temp).ConfigureAwait(false);
        File.Move(temp, target, overwrite: true);
        Interlocked.Increment(ref _written);
    }

    private string PathFor(string destination)
    {
        var folder = _folders[_target];
        var full = Path.GetFullPath(Path.Combine(folder, destination));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"Destination '{destination}' is outside the output folder.");
    }
}
