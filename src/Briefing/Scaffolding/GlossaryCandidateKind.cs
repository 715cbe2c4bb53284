namespace Briefing.Scaffolding;

/// <summary>What kind of name a glossary candidate is.</summary>
internal enum GlossaryCandidateKind
{
    /// <summary>One or more capitalised words not at a sentence's start: "Nagorno-Karabakh", "Heydar Aliyev".</summary>
    Name,

    /// <summary>Capitals only, matched case-sensitively: "IT", "NATO".</summary>
    Acronym,
}
