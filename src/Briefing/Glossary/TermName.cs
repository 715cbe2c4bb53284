using Briefing.Pipeline.Diagnostics;

namespace Briefing.Glossary;

/// <summary>A name of a glossary term (its <c>term</c> or one of its <c>aliases</c>) and where it is written.</summary>
internal sealed record TermName(string Text, SourceLocation Location);
