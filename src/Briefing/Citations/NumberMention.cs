namespace Briefing.Citations;

/// <summary>
/// A number found in text: its value, whether it is a share ("46 percent", "46%"), how it is written, where it
/// starts, and the qualifier just before it ("about", "more than"), if any.
/// </summary>
internal sealed record NumberMention(decimal Value, bool IsPercent, string Written, int Index, string? Qualifier)
{
    /// <summary>The same quantity, however it is written: "fifteen" and "15", "46%" and "46 percent".</summary>
    public bool SameQuantity(NumberMention other) => Value == other.Value && IsPercent == other.IsPercent;
}
