using System.Diagnostics;
using System.Globalization;
using Briefing.Core;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Preview;

/// <summary>
/// A preview session: builds the site into alternating generations, keeps the caches that make rebuilds
/// incremental (the source files read and the results of cacheable steps), watches the sources and tells
/// connected pages what changed. Builds run one at a time; the site being served is swapped only after a
/// successful build, so a failed build keeps the last good site and reports its errors to the pages instead.
/// </summary>
internal sealed class PreviewSession : ISiteSource, IDisposable
{
    private readonly PreviewOptions _options;
    private readonly LiveReloadHub _hub;
    private readonly SiteBuilder _build;
    private readonly Action<RebuildResult>? _rebuilt;
    private readonly MemoCache _cache = new();
    private readonly SourceFiles _sources = new();
    private readonly SiteGenerations _generations;
    private readonly SemaphoreSlim _oneBuildAtATime = new(1, 1);
    private readonly string _sessionId = Guid.NewGuid().ToString("N")[..8];
    private readonly CancellationTokenSource _disposed = new();
    private ChangeWatcher? _watcher;
    private int _catchingUp;
    private ServedSite? _current;
    private IReadOnlyList<Diagnostic> _errors = [];
    private int _builds;

    public PreviewSession(PreviewOptions options, LiveReloadHub hub, SiteBuilder build, Action<RebuildResult>? rebuilt = null)
    {
        _options = options;
        _hub = hub;
        _build = build;
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
            var changes = await ChangeBatches.NextAsync(_watcher!.Changes, _options.SingleFileDebounce, _options.Debounce, cancellationToken).ConfigureAwait(false);
            await RebuildAsync(changes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds the site, reusing what the changes left valid, and tells the pages.</summary>
    public async Task<RebuildResult> RebuildAsync(IReadOnlyCollection<string> changedSources, CancellationToken cancellationToken)
    {
        await _oneBuildAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        RebuildResult result;
        try
        {
            result = await BuildAsync(changedSources, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneBuildAtATime.Release();
        }

        if (result.Succeeded && Interlocked.Exchange(ref _catchingUp, 1) == 0)
        {
            _ = Task.Run(CatchUpAsync, CancellationToken.None);
        }

        return result;
    }

    /// <summary>
    /// Between builds, copies the served site into the other generation in small steps, each holding the build
    /// lock only briefly, so that a change saved meanwhile waits for one step at most.
    /// </summary>
    private async Task CatchUpAsync()
    {
        const int FilesPerStep = 32;
        try
        {
            var touched = FilesPerStep;
            while (touched > 0 && !_disposed.IsCancellationRequested)
            {
                await _oneBuildAtATime.WaitAsync(_disposed.Token).ConfigureAwait(false);
                try
                {
                    touched = _generations.CatchUp(FilesPerStep);
                }
                finally
                {
                    _oneBuildAtATime.Release();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException or ObjectDisposedException)
        {
            // Catching up only saves the next build some writes; that build writes whatever is still missing.
        }
        finally
        {
            Volatile.Write(ref _catchingUp, 0);
        }
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _watcher?.Dispose();

        // Waits for a build or catch-up step still running, so that nothing writes to the preview folder afterwards.
        _oneBuildAtATime.Wait();
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
            CheckLinks = false,
        };

        foreach (var change in changedSources)
        {
            if (change == ChangeWatcher.Everything)
            {
                _sources.ChangedAll();
            }
            else
            {
                _sources.Changed(Path.Combine(_options.SiteRoot, change));
            }
        }

        _cache.BeginRun();
        BuildReport report;
        try
        {
            report = await _build(options, _generations, [_cache, _sources], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The site may be mid-change (a folder being replaced by a checkout): report it and keep serving.
            _generations.Abandon();
            var error = Diagnostic.Error($"the build stopped: {ex.Message}", hint: "if files are still being changed, save again once they are done") with { Exception = ex };
            report = new BuildReport(0, 0, [error], clock.Elapsed);
        }

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
                // Same content, but the build committed the other generation: serve that one, since the next
                // build writes into the one served until now.
                Volatile.Write(ref _current, Current with { Folder = _generations.ServedFolder! });
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
            _cache.Statistics)
        {
            Notes = report.Notes,
            Timings = report.Timings,
            MadeFiles = _generations.MadeFiles,
            CacheSteps = _cache.StepStatistics,
        };
        _rebuilt?.Invoke(result);
        return result;
    }

    private string? TryReadBasePath()
    {
        try
        {
            return SiteSettingsReader.Read(_options.SiteRoot, _options.BaseUrlOverride).BasePath;
        }
        catch (Exception ex) when (ex is DiagnosticException or IOException)
        {
            return null;
        }
    }
}
