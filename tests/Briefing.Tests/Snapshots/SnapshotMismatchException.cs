namespace Briefing.Tests.Snapshots;

/// <summary>Thrown when produced output does not match its verified snapshot files.</summary>
public sealed class SnapshotMismatchException : Exception, Xunit.Sdk.IAssertionException
{
    public SnapshotMismatchException()
    {
    }

    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SnapshotMismatchException(string message, IReadOnlyList<SnapshotDifference> differences)
        : base(message) => Differences = differences;

    public IReadOnlyList<SnapshotDifference> Differences { get; } = [];
}
