using System.Text.RegularExpressions;

namespace Briefing.Theme;

/// <summary>
/// Which members of a template variable some Liquid text reads: every <c>name.member</c> gives its member, and any
/// other use of the variable (alone, in a loop, an <c>assign</c>, <c>name["member"]</c>, a filter) makes the answer
/// "all of it" (null). Conservative by design: text that merely looks like a use counts as one, so a caching step
/// keyed on the members it finds may run more often than needed, never less. <c>x.name</c> is a member of another
/// variable and not counted.
/// </summary>
internal static partial class VariableMembers
{
    /// <summary>The members of <paramref name="variable"/> the texts read, or null when they may read all of it.</summary>
    public static IReadOnlySet<string>? In(string variable, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var members = new HashSet<string>(StringComparer.Ordinal);
        var use = new Regex($@"(?<![\w.]){Regex.Escape(variable)}(?!\w)(?<member>\.[A-Za-z_]\w*)?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var text in texts)
        {
            foreach (Match match in use.Matches(text))
            {
                var member = match.Groups["member"];
                if (!member.Success)
                {
                    return null;
                }

                members.Add(member.Value[1..]);
            }
        }

        return members;
    }
}
