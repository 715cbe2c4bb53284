using Briefing.Core;

namespace Briefing.Seeds;

/// <summary>A parsed seed together with what its sidecar adds, ready to be published at a stable path.</summary>
internal sealed record Article(string Slug, string SourceFile, SeedArticle Seed, SeedSidecar Sidecar)
{
    public string Title => Sidecar.Title ?? Seed.Title;

    /// <summary>The article page's path; paragraph anchors are <c>#p1</c>…<c>#pN</c> below it.</summary>
    public string Path => $"articles/{Slug}/";

    public SeedParagraph? Paragraph(int number) =>
        number >= 1 && number <= Seed.Paragraphs.Count ? Seed.Paragraphs[number - 1] : null;
}
