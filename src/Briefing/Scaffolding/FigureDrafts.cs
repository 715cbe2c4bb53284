using System.Text;
using Briefing.Citations;

namespace Briefing.Scaffolding;

/// <summary>
/// Writes figure candidates as draft key figures of <c>input/data/figures.yml</c>, in the article's order: the
/// value and kind, the words as the article writes them (qualifier kept) as a first label, <c>cites</c> with the
/// paragraph, the sentence as a comment, and <c>draft: true</c> so nothing is published until the author has
/// written the label. Only shares and counts whose words state the value as the build's check reads it are
/// drafted ("2 million" is read as 2, so it would fail the check); sums of money and the rest stay in CANDIDATES.md.
/// </summary>
internal static class FigureDrafts
{
    public const string Header =
        "# Key figures for the home page (docs: \"Key figures\" in docs/pictures.md). The drafts below are numbers the article\n" +
        "# gives: write each label (what the number counts, keeping the article's qualifier) and a sentence, then delete\n" +
        "# 'draft: true' to publish the figure, or delete it. The build checks each value against the paragraphs it cites.\n";

    public static string File(IReadOnlyList<FigureCandidate> candidates, string citePrefix)
    {
        var text = new StringBuilder(Header);
        var drafted = candidates.Where(Draftable).ToList();
        if (drafted.Count == 0)
        {
            return text.Append("figures: []\n").ToString();
        }

        text.Append("figures:\n");
        foreach (var candidate in drafted)
        {
            text.Append(YamlText.Comment($"{candidate.Source.ParagraphId}: \u201C{candidate.Source.Sentence}\u201D", "  ")).Append('\n');
            text.Append("  - value: ").Append(candidate.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            text.Append("    kind: ").Append(candidate.Unit == FigureUnit.Percent ? "percent" : "count").Append('\n');
            text.Append("    label: ").Append(YamlText.Quote(candidate.Text)).Append('\n');
            text.Append("    cites: [").Append(citePrefix).Append(candidate.Source.ParagraphId).Append("]\n");
            text.Append("    draft: true\n");
        }

        return text.ToString();
    }

    private static bool Draftable(FigureCandidate candidate) =>
        candidate.Unit is FigureUnit.Percent or FigureUnit.Count
        && NumberMatcher.Find(candidate.Text).Any(m => m.Value == candidate.Value && m.IsPercent == (candidate.Unit == FigureUnit.Percent));
}
