namespace Briefing.Scaffolding;

/// <summary>
/// A number the article gives, proposed as a key figure: <see cref="Text"/> as written with its qualifier ("About
/// 46 percent"), the <see cref="Value"/> (46; scales such as "million" applied), its <see cref="Unit"/>, the
/// <see cref="Qualifier"/> in lower case ("about", "more than") when there is one, and the sentence it is in.
/// </summary>
internal sealed record FigureCandidate(string Text, decimal Value, FigureUnit Unit, string? Qualifier, CandidateSource Source);
