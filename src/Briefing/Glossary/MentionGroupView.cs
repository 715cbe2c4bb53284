namespace Briefing.Glossary;

/// <summary>
/// The mentions of a term on one page (or, for the glossary's own entries, on all of them).
/// <paramref name="MoreOnPage"/> counts the mentions there that a long list leaves out (see <see cref="MentionList"/>).
/// </summary>
internal sealed record MentionGroupView(string Title, string Url, string KindLabel, IReadOnlyList<MentionView> Mentions, int MoreOnPage = 0)
{
    /// <summary>"2 more mentions on this page", or null when every mention is listed.</summary>
    public string? MoreText => MoreOnPage switch
    {
        0 => null,
        1 => "1 more mention on this page",
        _ => $"{MoreOnPage.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} more mentions on this page",
    };
}
