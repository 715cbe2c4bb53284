namespace Briefing.Tests.Snapshots;

public enum SnapshotDifferenceKind
{
    /// <summary>Produced now, but no verified file exists yet.</summary>
    New,

    /// <summary>Produced now and verified before, with different content.</summary>
    NotEqual,

    /// <summary>Verified before, but no longer produced.</summary>
    Deleted,
}
