namespace Briefing.Seeds;

/// <summary>
/// Recognises a publisher's closing disclaimer ("… does not take institutional positions …",
/// "the views expressed are those of the author", "… do not necessarily reflect …"). A paragraph is a
/// disclaimer when it is short, contains one of <see cref="Statements"/> and speaks of views, opinions or
/// positions. Both checks together keep a body paragraph that merely quotes such a phrase out.
/// </summary>
internal static class DisclaimerDetector
{
    /// <summary>Longest paragraph still taken for a disclaimer; publishers keep theirs to a few sentences.</summary>
    public const int MaxLength = 600;

    private static readonly string[] Statements =
    [
        "institutional position",
        "not necessarily reflect",
        "not necessarily represent",
        "those of the author",
        "the author's own",
        "the author\u2019s own",
        "не обязательно отража",
        "не совпадать с позици",
    ];

    private static readonly string[] Subjects = ["view", "opinion", "position", "мнени", "точк", "позици"];

    public static bool IsDisclaimer(string paragraph) =>
        paragraph.Length <= MaxLength &&
        Statements.Any(s => paragraph.Contains(s, StringComparison.OrdinalIgnoreCase)) &&
        Subjects.Any(s => paragraph.Contains(s, StringComparison.OrdinalIgnoreCase));
}
