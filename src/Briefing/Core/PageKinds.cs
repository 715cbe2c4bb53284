using Briefing.Seeds;

namespace Briefing.Core;

/// <summary>The kinds of page; each has a layout of the same name in the theme.</summary>
public static class PageKinds
{
    public const string Home = "home";
    public const string Article = "article";
    public const string Summary = "summary";
    public const string Summaries = "summaries";
    public const string Timeline = "timeline";
    public const string Glossary = "glossary";
    public const string Term = "term";
    public const string Page = "page";
    public const string NotFound = "404";
}
