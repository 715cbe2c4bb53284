using System.Collections.Frozen;

namespace Briefing.Scaffolding;

/// <summary>
/// The small English word lists name finding needs: titles that precede a name ("President Vladimir Putin" names
/// Vladimir Putin), the lower-case words a name may hold ("Carnegie Endowment for International Peace"), and
/// months and days, which are dates rather than names.
/// </summary>
internal static class NameWords
{
    public static readonly FrozenSet<string> Titles = new[]
    {
        "President", "Vice", "Prime", "Minister", "Foreign", "Secretary", "Chancellor", "King", "Queen", "Prince",
        "Princess", "Senator", "Governor", "Mayor", "Mr", "Mrs", "Ms", "Dr", "Sir", "Pope", "Ambassador", "Premier",
        "Deputy", "Speaker", "Chairman", "Sheikh", "Emir",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Connectors = new[] { "of", "for", "the", "de", "von", "van", "al", "bin", "du", "da", "la" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Months = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Days = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Russia", "Nagorno-Karabakh": an upper-case first letter and at least one lower-case letter.</summary>
    public static bool IsCapitalised(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLower);

    /// <summary>"IT", "NATO", "NGOs": two or more capitals and no lower-case letter but a plural s.</summary>
    public static bool IsAcronym(string word)
    {
        var core = word.Length > 2 && word[^1] == 's' ? word[..^1] : word;
        return core.Count(char.IsUpper) >= 2 && !core.Any(char.IsLower) && char.IsUpper(core[0]);
    }

    /// <summary>A capitalised word that never starts a name: a title, a month or a day.</summary>
    public static bool IsNotName(string word) => Titles.Contains(word) || Months.Contains(word) || Days.Contains(word);
}
