using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Runs the Nu HTML Checker (<c>vnu.jar</c>, from the npm package <c>vnu-jar</c> installed into the test
/// project's <c>.tools</c> folder) on files and returns its errors.
/// </summary>
internal static class NuHtmlChecker
{
    public const string Version = "26.9.27";

    public static string InstallCommand =>
        $"npm install --prefix tests/Briefing.BrowserTests/.tools --ignore-scripts --no-audit --no-fund vnu-jar@{Version}";

    public static string JarPath =>
        RepositoryFiles.PathOf("tests", "Briefing.BrowserTests", ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Checks <paramref name="files"/> and returns every error, or fails with what to install.</summary>
    public static async Task<IReadOnlyList<NuMessage>> CheckAsync(IEnumerable<string> files, CancellationToken cancellationToken)
    {
        if (!File.Exists(JarPath))
        {
            throw Requirement.Missing(
                $"The Nu HTML Checker is not installed ({JarPath} is missing). From the repository root run: {InstallCommand}");
        }

        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-jar", JarPath, "--errors-only", "--format", "json", .. files])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        }
        catch (Win32Exception ex)
        {
            throw Requirement.Missing(
                "The Nu HTML Checker needs Java 11 or later as `java` on the PATH " +
                $"(Debian: `apt-get install -y default-jre-headless`): {ex.Message}");
        }

        using (process)
        {
            // The checker writes its report to standard error; read both streams so neither pipe fills and blocks.
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var report = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return Parse(await report, await output);
        }
    }

    private static List<NuMessage> Parse(string report, string output)
    {
        var json = report.Trim();
        if (!json.StartsWith('{'))
        {
            throw new InvalidOperationException($"The Nu HTML Checker gave no JSON report:{Environment.NewLine}{report}{output}");
        }

        using var document = JsonDocument.Parse(json);
        var messages = new List<NuMessage>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = Text(message, "type");
            var subType = Text(message, "subType");
            if (type is "error" or "non-document-error" || subType == "fatal")
            {
                messages.Add(new NuMessage(
                    Text(message, "url") ?? "",
                    Number(message, "lastLine") ?? Number(message, "firstLine"),
                    Number(message, "firstColumn") ?? Number(message, "lastColumn"),
                    Text(message, "message") ?? "",
                    Text(message, "extract")));
            }
        }

        return messages;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
