using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Pipeline;

/// <summary>
/// Runs pipelines phase by phase. Independent pipelines run concurrently; a pipeline's Process phase waits
/// for its dependencies; PostProcess waits for every Process phase. A failing pipeline stops only itself and
/// the pipelines that depend on it, so one run reports every independent error together.
/// </summary>
public sealed class Engine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;
    private readonly IReadOnlyList<object> _services;

    public Engine(IEnumerable<Pipeline> pipelines, IEnumerable<object>? services = null)
    {
        _pipelines = [.. pipelines];
        _services = [.. services ?? []];
        PipelineGraph.Validate(_pipelines);
    }

    public async Task<EngineResult> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var run = new EngineRun(_pipelines, _services, cancellationToken);
        return await run.ExecuteAsync().ConfigureAwait(false);
    }

    private sealed class EngineRun(IReadOnlyList<Pipeline> pipelines, IReadOnlyList<object> services, CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _processOutputs = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _finalOutputs = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<Diagnostic> _diagnostics = [];
        private readonly ConcurrentBag<ModuleTiming> _timings = [];
        private readonly ConcurrentDictionary<string, bool> _notes = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _released = new(StringComparer.Ordinal);

        // For each transient pipeline, the phases still to run that may read its documents: its own Process (until it
        // has stored them), the Process phase of every pipeline that depends on it, and its own PostProcess and Output
        // when it has any.
        private readonly Dictionary<string, int> _readersLeft = new(StringComparer.Ordinal);

        public async Task<EngineResult> ExecuteAsync()
        {
            var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
            var processTasks = new Dictionary<string, Task<bool>>(StringComparer.Ordinal);

            // A PostProcess phase may read any pipeline, so with one anywhere nothing is let go early.
            if (!pipelines.Any(p => p.PostProcess.Count > 0))
            {
                foreach (var pipeline in pipelines.Where(p => p.Transient))
                {
                    _readersLeft[pipeline.Name] = 1
                        + pipelines.Count(p => p.Dependencies.Contains(pipeline.Name, StringComparer.Ordinal))
                        + (HasLaterPhases(pipeline) ? 1 : 0);
                }
            }

            // Tasks are created in dependency order so each Process task can await its dependencies' tasks.
            foreach (var pipeline in PipelineGraph.TopologicalOrder(pipelines))
            {
                var dependencies = pipeline.Dependencies.Select(d => processTasks[d]).ToArray();
                processTasks[pipeline.Name] = RunInputAndProcessAsync(pipeline, dependencies);
            }

            // A pipeline without PostProcess modules writes as soon as its own Process phase is done, while others are
            // still processing; one with PostProcess modules waits for every Process phase, any of which it may read.
            var allProcessed = Task.WhenAll(processTasks.Values);
            await Task.WhenAll(pipelines.Select(p => RunPostProcessAndOutputAsync(p, processTasks[p.Name], allProcessed)))
                .ConfigureAwait(false);

            var outputs = byName.Keys.Order(StringComparer.Ordinal)
                .ToDictionary(n => n, n => _finalOutputs.GetValueOrDefault(n) ?? [], StringComparer.Ordinal);
            // The same mistake found through several documents (a setting every one of them depends on) is one diagnostic.
            return new EngineResult(outputs, DiagnosticOrder.Sort(_diagnostics.Distinct()))
            {
                Timings = [.. _timings.OrderByDescending(t => t.Elapsed)],
                Notes = [.. _notes.Keys.Order(StringComparer.Ordinal)],
            };
        }

        private async Task<bool> RunInputAndProcessAsync(Pipeline pipeline, Task<bool>[] dependencies)
        {
            try
            {
                // Input has no dependencies, so it starts while dependencies are still processing.
                var inputTask = Task.Run(() => RunPhaseAsync(pipeline, Phase.Input, []), cancellationToken);
                var dependencyResults = await Task.WhenAll(dependencies).ConfigureAwait(false);
                var inputs = await inputTask.ConfigureAwait(false);
                if (inputs is null || dependencyResults.Any(succeeded => !succeeded))
                {
                    return false;
                }

                // Run apart from the dependency that finished last: pipelines waiting on the same one start together
                // rather than one after another on the thread that completed it.
                var processed = await Task.Run(() => RunPhaseAsync(pipeline, Phase.Process, inputs), cancellationToken).ConfigureAwait(false);
                if (processed is null)
                {
                    return false;
                }

                _processOutputs[pipeline.Name] = processed;
                return true;
            }
            finally
            {
                foreach (var dependency in pipeline.Dependencies)
                {
                    ReaderDone(dependency);
                }

                ReaderDone(pipeline.Name);
            }
        }

        private static bool HasLaterPhases(Pipeline pipeline) => pipeline.PostProcess.Count > 0 || pipeline.Output.Count > 0;

        private async Task RunPostProcessAndOutputAsync(Pipeline pipeline, Task<bool> processing, Task allProcessed)
        {
            var processed = await processing.ConfigureAwait(false);
            if (pipeline.Transient && !HasLaterPhases(pipeline))
            {
                return;
            }

            try
            {
                if (pipeline.PostProcess.Count > 0)
                {
                    await allProcessed.ConfigureAwait(false);
                }

                if (!processed)
                {
                    return;
                }

                var post = await Task.Run(() => RunPhaseAsync(pipeline, Phase.PostProcess, _processOutputs[pipeline.Name]), cancellationToken)
                    .ConfigureAwait(false);
                if (post is null)
                {
                    return;
                }

                var output = await RunPhaseAsync(pipeline, Phase.Output, post).ConfigureAwait(false);
                if (output is not null && !pipeline.Transient)
                {
                    _finalOutputs[pipeline.Name] = output;
                }
            }
            finally
            {
                ReaderDone(pipeline.Name);
            }
        }

        private void ReaderDone(string name)
        {
            lock (_readersLeft)
            {
                if (!_readersLeft.TryGetValue(name, out var left))
                {
                    return;
                }

                if (left > 1)
                {
                    _readersLeft[name] = left - 1;
                    return;
                }

                _readersLeft.Remove(name);
            }

            _released[name] = true;
            _processOutputs.TryRemove(name, out _);
        }

        /// <summary>Runs one phase's modules in order; returns null when a module reported or threw an error.</summary>
        private async Task<IReadOnlyList<Document>?> RunPhaseAsync(Pipeline pipeline, Phase phase, IReadOnlyList<Document> documents)
        {
            foreach (var module in pipeline.ModulesOf(phase))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var context = new ExecutionContext(pipeline, phase, ReadOutputs, FindService, note => _notes.TryAdd(note, true), cancellationToken);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
                }
                catch (DiagnosticException ex)
                {
                    foreach (var diagnostic in ex.Diagnostics)
                    {
                        context.Report(diagnostic);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The file system refused (permissions, a full or read-only disk): the machine's problem, not a
                    // bug, so no "internal error"; the stack trace stays behind --verbose.
                    context.Report(Diagnostic.Error(
                        $"cannot read or write a file in {pipeline.Name}/{phase}/{module.GetType().Name}: {ex.Message}",
                        hint: "check that the file exists, that the disk has room, and that the user running the build may read and write there")
                        with { Exception = ex });
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    context.Report(Diagnostic.Error(
                        $"internal error in {pipeline.Name}/{phase}/{module.GetType().Name}: {ex.GetType().Name}: {ex.Message}",
                        hint: "this is a bug in the program, not in your content; run with --verbose for details")
                        with { Exception = ex });
                }

                _timings.Add(new ModuleTiming(pipeline.Name, phase, module.GetType().Name, Stopwatch.GetElapsedTime(started)));
                var reported = context.Diagnostics;
                foreach (var diagnostic in reported)
                {
                    _diagnostics.Add(diagnostic);
                }

                if (reported.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                        return null;
                }
            }

            return documents;
        }

        private IReadOnlyList<Document> ReadOutputs(string name)
        {
            if (_processOutputs.TryGetValue(name, out var docs))
            {
                return docs;
            }

            throw new InvalidOperationException(_released.ContainsKey(name)
                ? $"Pipeline '{name}' is transient and its documents were released once the pipelines depending on it had run; read it in the Process phase of a pipeline that depends on it, or do not mark it transient."
                : $"Pipeline '{name}' has no Process outputs (unknown, failed or not yet run).");
        }

        private object? FindService(Type type) => services.FirstOrDefault(type.IsInstanceOfType);
    }
}
