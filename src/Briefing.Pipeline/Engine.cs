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

        public async Task<EngineResult> ExecuteAsync()
        {
            var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
            var processTasks = new Dictionary<string, Task<IReadOnlyList<Document>?>>(StringComparer.Ordinal);

            // Tasks are created in dependency order so each Process task can await its dependencies' tasks.
            foreach (var pipeline in PipelineGraph.TopologicalOrder(pipelines))
            {
                var dependencies = pipeline.Dependencies.Select(d => processTasks[d]).ToArray();
                processTasks[pipeline.Name] = RunInputAndProcessAsync(pipeline, dependencies);
            }

            await Task.WhenAll(processTasks.Values).ConfigureAwait(false);

            await Task.WhenAll(pipelines.Select(p => RunPostProcessAndOutputAsync(p, processTasks[p.Name].Result)))
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

        private async Task<IReadOnlyList<Document>?> RunInputAndProcessAsync(
            Pipeline pipeline, Task<IReadOnlyList<Document>?>[] dependencies)
        {
            // Input has no dependencies, so it starts while dependencies are still processing.
            var inputTask = Task.Run(() => RunPhaseAsync(pipeline, Phase.Input, []), cancellationToken);
            var dependencyResults = await Task.WhenAll(dependencies).ConfigureAwait(false);
            var inputs = await inputTask.ConfigureAwait(false);
            if (inputs is null || dependencyResults.Any(r => r is null))
            {
                return null;
            }

            var processed = await RunPhaseAsync(pipeline, Phase.Process, inputs).ConfigureAwait(false);
            if (processed is not null)
            {
                _processOutputs[pipeline.Name] = processed;
            }

            return processed;
        }

        private async Task RunPostProcessAndOutputAsync(Pipeline pipeline, IReadOnlyList<Document>? processed)
        {
            if (processed is null)
            {
                return;
            }

            var post = await Task.Run(() => RunPhaseAsync(pipeline, Phase.PostProcess, processed), cancellationToken)
                .ConfigureAwait(false);
            if (post is null)
            {
                return;
            }

            var output = await RunPhaseAsync(pipeline, Phase.Output, post).ConfigureAwait(false);
            if (output is not null)
            {
                _finalOutputs[pipeline.Name] = output;
            }
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

        private IReadOnlyList<Document> ReadOutputs(string name) =>
            _processOutputs.TryGetValue(name, out var docs)
                ? docs
                : throw new InvalidOperationException($"Pipeline '{name}' has no Process outputs (unknown, failed or not yet run).");

        private object? FindService(Type type) => services.FirstOrDefault(type.IsInstanceOfType);
    }
}
