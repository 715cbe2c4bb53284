namespace Briefing.Tests.Architecture;

/// <summary>
/// The folders of <c>src/Briefing</c> (each one namespace, <c>Briefing.&lt;Folder&gt;</c>) and which may use which.
/// A new folder is one line here: put a feature after every feature it uses.
/// </summary>
internal static class FolderOrder
{
    /// <summary>What every feature stands on. Each may use only the ones before it; none uses a feature.</summary>
    public static readonly IReadOnlyList<string> Foundation = ["Core", "Theme"];

    /// <summary>
    /// Features in the order data flows (read → parse → cross-link → lay out → validate → write): each may use
    /// the foundation and the features before it, never one after it.
    /// </summary>
    public static readonly IReadOnlyList<string> Features =
    [
        "Seeds",
        "Citations",
        "Content",
        "Glossary",
        "Timeline",
        "Figures",
        "Maps",
        "Cards",
        "Layouts",
        "Search",
        "Links",
        "Publishing",
        "Scaffolding",
    ];

    /// <summary>What composes the features into a build or a server: they may use every feature; no folder but the entry point uses them.</summary>
    public static readonly IReadOnlyList<string> Hosts = ["Site", "Preview"];

    /// <summary>The command line, which composes the hosts; nothing uses it but the program's entry point.</summary>
    public const string EntryPoint = "Cli";

    public const string FileName = "tests/Briefing.Tests/Architecture/FolderOrder.cs";
}
