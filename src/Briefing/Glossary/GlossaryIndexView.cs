using Briefing.Layouts;

namespace Briefing.Glossary;

/// <summary>
/// The A–Z index as <c>layouts/glossary.liquid</c> sees it (as <c>data</c>): the letter bar, the entries grouped
/// by letter, the filter script's address and the <c>DefinedTermSet</c> JSON-LD.
/// </summary>
internal sealed record GlossaryIndexView(
    IReadOnlyList<LetterView> Letters,
    IReadOnlyList<LetterGroupView> Groups,
    int TermCount,
    string ScriptUrl,
    string JsonLd)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <param name="entries">The terms in index order (see <see cref="TermSortKey.Sort"/>).</param>
    public static GlossaryIndexView From(IReadOnlyList<TermEntryView> entries, string scriptUrl, string jsonLd)
    {
        var groups = entries
            .GroupBy(e => TermSortKey.Letter(e.Term), StringComparer.Ordinal)
            .OrderBy(g => g.Key == TermSortKey.OtherLetter ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroupView(g.Key, IdOf(g.Key), [.. g]))
            .ToList();
        var used = groups.Select(g => g.Letter).ToHashSet(StringComparer.Ordinal);
        var letters = Alphabet.Select(c => c.ToString()).ToList();
        if (used.Contains(TermSortKey.OtherLetter))
        {
            letters.Add(TermSortKey.OtherLetter);
        }

        return new GlossaryIndexView([.. letters.Select(l => new LetterView(l, IdOf(l), used.Contains(l)))], groups, entries.Count, scriptUrl, jsonLd);
    }

    private static string IdOf(string letter) =>
        letter == TermSortKey.OtherLetter ? "letter-other" : $"letter-{letter.ToLowerInvariant()}";
}
