using Briefing.Content;

namespace Briefing.Scaffolding;

/// <summary>
/// The hand-written pages of a new site, as skeletons: every piece of content still to write is a placeholder
/// (see <see cref="Placeholders"/>), so the build lists each one and never publishes it.
/// </summary>
internal static class StarterPages
{
    public static string Home(string title) => $"""
        ---
        title: {YamlText.Quote(title)}
        layout: home
        ---

        ::: bottom-line
        {Placeholders.Write("bottom line", "Two or three sentences: what happened, why it matters, what the article expects. End each with its chips, e.g. [¶1](cite:p1).")}
        :::

        ## Key judgments

        1. {Placeholders.Write("key judgment", "One sentence the article supports, then its ¶ chips.")}
        2. {Placeholders.Write("key judgment", "One sentence the article supports, then its ¶ chips.")}
        3. {Placeholders.Write("key judgment", "One sentence the article supports, then its ¶ chips.")}

        """;

    public static string Summary() => $"""
        ---
        title: "Background"
        order: 1
        ---

        {Placeholders.Write("summary", "What the article says happened before, in your words, each sentence followed by its ¶ chips. Add a page per theme in input/summaries/.")}

        """;

    public static string Timeline() => """
        ---
        title: "Timeline"
        description: "The events the article dates, oldest first."
        layout: timeline
        ---

        The events the article dates, oldest first, each with the paragraphs it rests on.

        """;

    public static string GitIgnore() => "output/\n";
}
