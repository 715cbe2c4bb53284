namespace Briefing.Glossary.Linking;

/// <summary>
/// Two different terms claim a name that reads the same to the matcher (after case folding, apostrophe
/// and whitespace normalisation), so a mention could not be attributed to one of them. The properties let
/// the caller turn this into a diagnostic pointing at both glossary entries.
/// </summary>
internal sealed class DuplicateTermPatternException : ArgumentException
{
    public DuplicateTermPatternException(TermPattern first, TermPattern second)
        : base(
            $"The name \"{second.Text}\" of term \"{second.TermId}\" is the same as the name \"{first.Text}\" of term \"{first.TermId}\"; "
            + "a name can belong to only one term. Remove it from one of the two terms, or make an acronym case-sensitive.")
    {
        First = first;
        Second = second;
    }

    /// <summary>The pattern that came first in the input.</summary>
    public TermPattern First { get; }

    /// <summary>The later pattern that collides with <see cref="First"/>.</summary>
    public TermPattern Second { get; }
}
