using Briefing.Pipeline;

namespace Briefing.Glossary;

/// <summary>Document metadata the glossary steps add.</summary>
internal static class GlossaryKeys
{
    /// <summary>The term a term file defines.</summary>
    public static readonly MetadataKey<GlossaryTerm> Term = new("glossary-term");

    /// <summary>A term file's whole front matter, for the keys later features read (<c>place</c>).</summary>
    public static readonly MetadataKey<GlossaryFrontMatter> FrontMatter = new("glossary-front-matter");

    /// <summary>The glossary mentions found on a page, for the term pages' backlinks.</summary>
    public static readonly MetadataKey<IReadOnlyList<PageMention>> Mentions = new("mentions");

    /// <summary>What the A–Z index page's layout shows (in Liquid: <c>glossary</c>).</summary>
    public static readonly MetadataKey<GlossaryIndexView> IndexView = new("glossary-index-view");

    /// <summary>What a term page's layout shows besides the definition (in Liquid: <c>term</c>).</summary>
    public static readonly MetadataKey<TermPageView> TermPage = new("glossary-term-page");
}
