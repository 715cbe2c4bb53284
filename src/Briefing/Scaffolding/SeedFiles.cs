using System.Text;
using Briefing.Seeds;

namespace Briefing.Scaffolding;

/// <summary>Where a seed goes in <c>seeds/</c>, and the sidecar that says only what its text states.</summary>
internal static class SeedFiles
{
    /// <summary>The seed's name in <c>seeds/</c>: its own, with the <c>.txt</c> extension seeds need.</summary>
    public static string TextName(string fileName) =>
        string.Equals(Path.GetExtension(fileName), ".txt", StringComparison.OrdinalIgnoreCase) ? fileName : Path.ChangeExtension(fileName, ".txt");

    public static string SidecarPath(string seedPath) => Path.ChangeExtension(seedPath, ".yml");

    public static string Sidecar(SeedArticle article, string slug)
    {
        var text = new StringBuilder();
        text.Append("# What the seed text does not say about itself (keys: Briefing's README, \"Seed sidecars\").\n");
        text.Append("# The text states: title \u201C").Append(article.Title).Append('\u201D');
        if (article.DateText is { } date)
        {
            text.Append(", dateline \u201C").Append(date).Append('\u201D');
        }

        if (article.Credit is { } credit)
        {
            text.Append(", credit \u201C").Append(credit.Label).Append(": ").Append(credit.Value).Append('\u201D');
        }

        text.Append(".\n");
        text.Append("slug: ").Append(slug).Append('\n');
        text.Append("# Author, publisher and address are not read from the text: add those you know from the source, never a guess.\n");
        text.Append("# author: \"\"\n# publisher: \"\"\n# source_url: \"https://…\"\n# language: en\n");
        return text.ToString();
    }
}
