using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Renderer;

namespace Briefing.Tests.Snapshots;

/// <summary>A unified line diff (DiffPlex) of a verified and a received snapshot, cut after a budget of changed lines.</summary>
internal static class SnapshotDiff
{
    public const int DefaultChangedLineBudget = 80;

    /// <summary>
    /// Renders the diff, showing at most <paramref name="changedLineBudget"/> added or removed lines, and
    /// reports how many it showed so a message covering several files can share one budget.
    /// </summary>
    public static (string Text, int ChangedLinesShown) Unified(
        string verifiedText,
        string receivedText,
        string verifiedName,
        string receivedName,
        int changedLineBudget = DefaultChangedLineBudget)
    {
        // Normalised text ends with a newline; without trimming it DiffPlex reports a phantom empty last line.
        var rendered = new UnidiffRenderer(Differ.Instance, contextLines: 3).Generate(
            verifiedText.TrimEnd('\n'), receivedText.TrimEnd('\n'), verifiedName, receivedName);

        var output = new StringBuilder();
        var shown = 0;
        var hidden = 0;
        var lines = rendered.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var isHeader = index < 2; // "--- verified" and "+++ received"
            var isChange = !isHeader && (line.StartsWith('+') || line.StartsWith('-'));
            if (hidden > 0 || (isChange && shown >= changedLineBudget))
            {
                hidden += isChange ? 1 : 0;
                continue;
            }

            shown += isChange ? 1 : 0;
            output.Append(line).Append('\n');
        }

        if (hidden > 0)
        {
            output.Append(CultureInfo.InvariantCulture, $"... {hidden} more changed line(s) not shown; compare the files themselves.\n");
        }

        return (SnapshotText.Normalise(output.ToString()), shown);
    }
}
