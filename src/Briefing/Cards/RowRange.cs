namespace Briefing.Cards;

/// <summary>The rows [<see cref="Start"/>, <see cref="End"/>) of a picture.</summary>
internal readonly record struct RowRange(int Start, int End)
{
    public int Count => Math.Max(0, End - Start);

    /// <summary>The smallest range holding both (either may be empty).</summary>
    public RowRange Union(RowRange other) =>
        Count == 0 ? other : other.Count == 0 ? this : new(Math.Min(Start, other.Start), Math.Max(End, other.End));
}
