using System.Diagnostics;
using System.Globalization;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;
using Briefing.Site;

namespace Briefing.Preview;

/// <summary>
/// A preview session: builds the site into alternating generations, keeps the memo cache that makes rebuilds
/// incremental, watches the sources and tells connected pages what changed. Builds run one at a time; the
/// site being served is swapped only after a successful build, so a failed build keeps the last good site and
/// reports its errors to the pages instead.
/// </summary>
public sealed class PreviewSession : ISiteSource, IDisposable
{
    private readonly PreviewOptions _options;
    private readonly LiveReloadHub _hub;
    private readonly Action<RebuildResult>? _rebuilt;
    private readonly MemoCache _cache = new();
    private readonly SiteGenerations _generations;
    private readonly SemaphoreSlim _oneBuildAtATime = new(1, 1);
    private readonly string _sessionId = Guid.NewGuid().ToString("N")[..8];
    private ChangeWatcher? _watcher;
    private ServedSite? _current;
    private IReadOnlyList<Diagnostic> _errors = [];
    private int _builds;

    public PreviewSession(PreviewOptions options, LiveReloadHub hub, Action<RebuildResult>? rebuilt = null)
    {
        _options = options;
        _hub = hub;
        _rebuilt = rebuilt;
        _generations = new SiteGenerations(options.PreviewFolder);
        BasePath = TryReadBasePath() ?? "/";
    }

    public ServedSite? Current => Volatile.Read(ref _current);

    public IReadOnlyList<Diagnostic> Errors => Volatile.Read(ref _errors);

    public string BasePath { get; private set; }

    /// <summary>Starts queueing source changes (call before the first build so that no change is missed).</summary>
    public void StartWatching() => _watcher ??= new ChangeWatcher(_options.SiteRoot);

    /// <summary>Rebuilds after every burst of changes until cancelled.</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        StartWatching();
        while (true)
        {
            var changes = await ChangeBatches.NextAsync(_watcher!.Changes, _options.Debounce, cancellationToken).ConfigureAwait(false);
            await RebuildAsync(changes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds the site, reusing what the changes left valid, and tells the pages.</summary>
    public async Task<RebuildResult> RebuildAsync(IReadOnlyCollection<string> changedSources, CancellationToken cancellationToken)
    {
        await _oneBuildAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await BuildAsync(changedSources, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneBuildAtATime.Release();
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _oneBuildAtATime.Dispose();
    }

    private async Task<RebuildResult> BuildAsync(IReadOnlyCollection<string> changedSources, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var options = new BuildOptions
        {
            SiteRoot = _options.SiteRoot,
            OutputDirectory = _generations.Folder,
            BaseUrlOverride = _options.BaseUrlOverride,
            IncludeDrafts = _options.IncludeDrafts,
        };

        _cache.BeginRun();
        var report = await SiteBuild.RunAsync(options, _generations, [_cache], cancellationToken).ConfigureAwait(false);
        _cache.EndRun(report.Succeeded);
        var hadErrors = Errors.Count > 0;
        var basePath = report.Succeeded ? TryReadBasePath() : null;
        ReloadEvent? reloadEvent;
        if (report.Succeeded && basePath is not null)
        {
            var changed = _generations.LastChanges;
            var movedBase = basePath != BasePath;
            BasePath = basePath;
            Volatile.Write(ref _errors, []);
            if (changed.Count > 0 || movedBase || Current is null)
            {
                var version = string.Create(CultureInfo.InvariantCulture, $"{_sessionId}.{++_builds}");
                Volatile.Write(ref _current, new ServedSite(_generations.ServedFolder!, basePath, version));
                var cssOnly = !movedBase && changed.Count > 0 && changed.All(p => p.EndsWith(".css", StringComparison.Ordinal));
                reloadEvent = new ReloadEvent(cssOnly ? ReloadEvent.Css : ReloadEvent.Reload, version, changed, []);
            }
            else
            {
                reloadEvent = hadErrors ? new ReloadEvent(ReloadEvent.Clear, Current.Version, [], []) : null;
            }
        }
        else
        {
            var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Volatile.Write(ref _errors, errors);
            reloadEvent = new ReloadEvent(ReloadEvent.Error, Current?.Version ?? "", [], [.. errors.Select(ReloadError.From)]);
        }

        if (reloadEvent is not null)
        {
            _hub.Publish(reloadEvent);
        }

        var result = new RebuildResult(
            report.Succeeded,
            report.Diagnostics,
            [.. changedSources],
            report.Succeeded ? _generations.LastChanges : [],
            _generations.FilesChangedOnDisk,
            reloadEvent,
            clock.Elapsed,
            _cache.Statistics);
        _rebuilt?.Invoke(result);
        return result;
    }

    private string? TryReadBasePath()
    {
        try
        {
            var yaml = File.ReadAllText(Path.Combine(_options.SiteRoot, SiteSettingsReader.FileName));
            return SiteSettingsReader.Parse(yaml, SiteSettingsReader.FileName, _options.BaseUrlOverride).BasePath;
        }
        catch (Exception ex) when (ex is DiagnosticException or IOException)
        {
            return null;
        }
    }
}
