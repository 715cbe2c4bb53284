using Deque.AxeCore.Commons;

namespace Briefing.BrowserTests.Support;

/// <summary>Serious and critical axe violations, described so a reader can find and fix each one.</summary>
internal static class AxeReport
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static IEnumerable<AxeResultItem> Blocking(AxeResult result) =>
        result.Violations.Where(v => BlockingImpacts.Contains(v.Impact, StringComparer.Ordinal));

    public static string Describe(string pageName, AxeResultItem violation)
    {
        var lines = new List<string> { $"{pageName}: [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})" };
        foreach (var node in violation.Nodes)
        {
            lines.Add($"    at {node.Target}: {Shorten(node.Html)}");
            AddChecks(lines, "fix any of", node.Any);
            AddChecks(lines, "fix all of", node.All);
            AddChecks(lines, "fix all of", node.None);
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static void AddChecks(List<string> lines, string label, IEnumerable<AxeResultCheck>? checks)
    {
        var messages = (checks ?? []).Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
        if (messages.Count > 0)
        {
            lines.Add($"      {label}: {string.Join(" | ", messages)}");
        }
    }

    private static string Shorten(string? html)
    {
        var text = (html ?? "").ReplaceLineEndings(" ").Trim();
        return text.Length <= 160 ? text : text[..157] + "...";
    }
}
