namespace Briefing.Maps;

/// <summary>
/// The width of a label, estimated from its characters so that placement does not depend on the fonts of the
/// machine that builds the site. The factors (in ems) are a little wider than the common sans-serif faces
/// (DejaVu Sans, Segoe UI, Helvetica, Roboto), so a label's real box fits inside the estimate; the browser tests
/// check that on rendered maps.
/// </summary>
internal static class TextMetrics
{
    /// <summary>The share of the font size above the baseline, and the line height, in ems.</summary>
    public const double Ascent = 0.8;
    public const double LineHeight = 1.05;

    public static double Width(string text, double fontSize) => fontSize * text.Sum(Em);

    private static double Em(char c) => c switch
    {
        ' ' => 0.32,
        '.' or ',' or '\'' or '’' or 'i' or 'j' or 'l' or 'I' or '!' or '|' => 0.3,
        '-' or 'f' or 't' or 'r' or '(' or ')' => 0.42,
        'm' or 'w' => 0.92,
        'M' or 'W' => 0.98,
        >= 'A' and <= 'Z' => 0.74,
        >= '0' and <= '9' => 0.64,
        _ => 0.62,
    };
}
