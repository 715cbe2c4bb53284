using Briefing.Core;

namespace Briefing.Seeds;

/// <summary>
/// A seed article as recognised in the publisher's raw text. All text is plain text, kept verbatim
/// (escaping is the renderer's job). <paramref name="DateText"/> is the dateline exactly as written,
/// <paramref name="Date"/> its parsed value. <paramref name="Disclaimer"/> is the publisher's closing
/// disclaimer, which is never one of the <paramref name="Paragraphs"/>.
/// </summary>
internal sealed record SeedArticle(
    string Title,
    string? Dek,
    DateOnly? Date,
    string? DateText,
    SeedCredit? Credit,
    IReadOnlyList<SeedParagraph> Paragraphs,
    string? Disclaimer);
