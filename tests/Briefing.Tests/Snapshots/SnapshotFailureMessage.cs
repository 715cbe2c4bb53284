using System.Globalization;
using System.Text;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Builds the failure message: which files differ (grouped New / NotEqual / Deleted the way Verify
/// lists them), a unified diff of the first changed lines, and how to accept the change.
/// </summary>
internal static class SnapshotFailureMessage
{
    public const string AcceptCommand = "tests/accept-snapshots.sh";

    public static string Build(string directory, IReadOnlyList<SnapshotDifference> differences)
    {
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Snapshot mismatch: {differences.Count} file(s) differ from their verified snapshots.\n");
        message.Append(CultureInfo.InvariantCulture, $"Directory: {directory}\n");
        AppendSection(message, directory, differences, SnapshotDifferenceKind.New, "New (no verified file yet)");
        AppendSection(message, directory, differences, SnapshotDifferenceKind.NotEqual, "NotEqual");
        AppendSection(message, directory, differences, SnapshotDifferenceKind.Deleted, "Deleted (verified, but no longer produced)");
        AppendDiffs(message, directory, differences);
        message.Append('\n')
            .Append("If the received output is right, accept it after review with ")
            .Append(AcceptCommand)
            .Append(" (add --list to only see what it would change); otherwise fix the code and run the tests again.\n")
            .Append("The *.received.* files are git-ignored and replaced on every run.");
        return message.ToString();
    }

    private static void AppendSection(
        StringBuilder message, string directory, IReadOnlyList<SnapshotDifference> differences, SnapshotDifferenceKind kind, string title)
    {
        var matching = differences.Where(difference => difference.Kind == kind).ToList();
        if (matching.Count == 0)
        {
            return;
        }

        message.Append(title).Append(":\n");
        foreach (var difference in matching)
        {
            if (difference.ReceivedFile is { } received)
            {
                message.Append("  - Received: ").Append(Relative(directory, received)).Append('\n');
                message.Append("    Verified: ").Append(Relative(directory, difference.VerifiedFile)).Append('\n');
            }
            else
            {
                message.Append("  - Verified: ").Append(Relative(directory, difference.VerifiedFile)).Append('\n');
            }
        }
    }

    private static void AppendDiffs(StringBuilder message, string directory, IReadOnlyList<SnapshotDifference> differences)
    {
        var budget = SnapshotDiff.DefaultChangedLineBudget;
        var withContent = differences.Where(difference => difference.ReceivedFile is not null).ToList();
        for (var index = 0; index < withContent.Count; index++)
        {
            var difference = withContent[index];
            if (budget <= 0)
            {
                message.Append(CultureInfo.InvariantCulture, $"\n(diffs of {withContent.Count - index} more file(s) not shown)\n");
                return;
            }

            var (text, shown) = SnapshotDiff.Unified(
                difference.VerifiedText,
                difference.ReceivedText,
                Relative(directory, difference.VerifiedFile),
                Relative(directory, difference.ReceivedFile!),
                budget);
            budget -= shown;
            message.Append('\n').Append(text);
        }
    }

    private static string Relative(string directory, string path) => Path.GetRelativePath(directory, path).Replace('\\', '/');
}
