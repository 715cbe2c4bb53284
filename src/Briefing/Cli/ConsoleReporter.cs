using System.Globalization;
using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Cli;

/// <summary>Prints diagnostics for people: place, severity, message and hint; stack traces only with --verbose.</summary>
internal sealed class ConsoleReporter(TextWriter output, TextWriter error, bool verbose)
{
    public TextWriter Output => output;

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var writer = diagnostic.Severity == DiagnosticSeverity.Error ? error : output;
            writer.WriteLine(diagnostic.ToString());
            if (verbose && diagnostic.Exception is { } exception)
            {
                writer.WriteLine(exception.ToString());
            }
        }
    }

    /// <summary>With --verbose, the slowest steps of the build, to see where its time goes.</summary>
    public void ReportTimings(IReadOnlyList<ModuleTiming> timings, int count = 10)
    {
        if (!verbose || timings.Count == 0)
        {
            return;
        }

        output.WriteLine("Slowest steps:");
        foreach (var timing in timings.Take(count))
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {timing.Elapsed.TotalMilliseconds,8:0.0} ms  {timing.Pipeline}/{timing.Phase}/{timing.Module}"));
        }

        // Steps' times include the collector's pauses, which grow with what the build keeps alive: shown so a slow
        // step can be told apart from a build that holds too much.
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Memory (this process so far): {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0):0} MiB allocated, collections gen0 {GC.CollectionCount(0)} / gen1 {GC.CollectionCount(1)} / gen2 {GC.CollectionCount(2)}, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused"));
    }

    /// <summary>With --verbose, how each cached step used the cache: results reused and results computed.</summary>
    public void ReportCacheSteps(IReadOnlyList<MemoStepStatistics> steps)
    {
        if (!verbose || steps.Count == 0)
        {
            return;
        }

        output.WriteLine("Cached steps (reused / run):");
        foreach (var step in steps)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Hits,6} / {step.Misses,-6} {step.Step}"));
        }
    }

    /// <summary>With --verbose, the build's remarks about itself, such as the steps the preview never caches.</summary>
    public void ReportNotes(IReadOnlyList<string> notes)
    {
        if (!verbose || notes.Count == 0)
        {
            return;
        }

        output.WriteLine("Notes:");
        foreach (var note in notes)
        {
            output.WriteLine($"  {note}");
        }
    }

    public void Error(string message, string? hint = null) =>
        error.WriteLine(hint is null ? $"error: {message}" : $"error: {message} ({hint})");
}
