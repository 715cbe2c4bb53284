namespace Briefing.Glossary.Linking;

/// <summary>A whole-word occurrence of a term's name: <c>text.Substring(Start, Length)</c>.</summary>
internal readonly record struct TermMatch(int Start, int Length, string TermId)
{
    public int End => Start + Length;
}
