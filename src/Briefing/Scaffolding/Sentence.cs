namespace Briefing.Scaffolding;

/// <summary>One sentence of a paragraph: its text and where it starts in the paragraph (UTF-16 offset).</summary>
internal sealed record Sentence(int Start, string Text)
{
    public int End => Start + Text.Length;

    /// <summary>Whether the paragraph offset <paramref name="offset"/> lies inside this sentence.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
