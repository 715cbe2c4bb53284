using System.Diagnostics;
using System.Globalization;

namespace Briefing.BuildBench;

/// <summary>
/// Runs a command under <c>/usr/bin/time -v</c>, which reports the CPU time and peak resident memory of the whole
/// process from the kernel's accounting; the wall-clock time is taken around it here, at higher resolution than
/// the tool prints.
/// </summary>
internal sealed class TimedProcess(string timeTool)
{
    public async Task<Measurement> RunAsync(string command, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(timeTool)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["-v", "-o", report, command, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {timeTool}");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            var wall = clock.Elapsed.TotalSeconds;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{Path.GetFileName(command)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{Tail(await output.ConfigureAwait(false) + await errors.ConfigureAwait(false))}");
            }

            var values = ParseReport(await File.ReadAllLinesAsync(report).ConfigureAwait(false));
            return new Measurement(
                wall,
                values["User time (seconds)"] + values["System time (seconds)"],
                values["Maximum resident set size (kbytes)"] / 1024);
        }
        finally
        {
            File.Delete(report);
        }
    }

    // Lines look like "\tUser time (seconds): 1.23"; only the numeric ones are kept.
    private static Dictionary<string, double> ParseReport(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && double.TryParse(line[(colon + 2)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values[line[..colon].Trim()] = value;
            }
        }

        return values;
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(20));
}
