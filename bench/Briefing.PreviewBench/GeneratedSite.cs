using System.Globalization;
using System.Text;

namespace Briefing.PreviewBench;

/// <summary>
/// Grows a copy of the real site to a given number of pages by adding summaries shaped like the real ones:
/// front matter, headings, a few paragraphs with citations and glossary links.
/// </summary>
internal static class GeneratedSite
{
    public const string FilePrefix = "generated-";

    public static void AddSummaries(string siteRoot, int count)
    {
        var folder = Path.Combine(siteRoot, "input", "summaries");
        var terms = Directory.EnumerateFiles(Path.Combine(siteRoot, "input", "glossary"), "*.md")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        for (var i = 1; i <= count; i++)
        {
            File.WriteAllText(Path.Combine(folder, FileName(i)), Summary(i, terms));
        }
    }

    public static string FileName(int i) => string.Create(CultureInfo.InvariantCulture, $"{FilePrefix}{i:0000}.md");

    private static string Summary(int i, string[] terms)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"Generated summary {i:0000}\"\ndescription: \"A generated summary for measuring rebuilds, number {i}.\"\norder: {100 + i}\n---\n\n");
        for (var section = 0; section < 3; section++)
        {
            var p = ((i + section) % 17) + 1;
            var term = terms.Length == 0 ? null : terms[(i + section) % terms.Length];
            text.Append(CultureInfo.InvariantCulture, $"## Section {section + 1}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"This paragraph restates a point the article makes about the standoff and the region. [¶{p}](cite:p{p}) ");
            text.Append(term is null ? "It names no term." : $"It mentions [a term](xref:{term}) that the glossary explains. ");
            text.Append(CultureInfo.InvariantCulture, $"A second sentence gives the summary some length, as real summaries have. [¶{(p % 17) + 1}](cite:p{(p % 17) + 1})\n\n");
            text.Append("- A bullet point that condenses one claim.\n- Another bullet point with a second claim.\n\n");
        }

        return text.ToString();
    }
}
