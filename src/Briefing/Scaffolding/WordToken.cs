namespace Briefing.Scaffolding;

/// <summary>
/// A word of a sentence. <see cref="Start"/> is its offset in the paragraph; <see cref="Raw"/> the word as
/// written ("Russia’s"); <see cref="Word"/> the word with a possessive folded ("Russia"). <see cref="Gap"/> is the
/// text between the previous word of the sentence (or the sentence's start) and this one.
/// </summary>
internal sealed record WordToken(int Start, string Raw, string Word, bool Possessive, string Gap, bool StartsSentence)
{
    /// <summary>Paragraph offset just after the folded word (the possessive ending excluded).</summary>
    public int WordEnd => Start + Word.Length;
}
