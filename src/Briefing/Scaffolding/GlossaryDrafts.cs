using System.Globalization;
using System.Text;
using Briefing.Content;
using Briefing.Core;

namespace Briefing.Scaffolding;

/// <summary>
/// Writes glossary candidates as draft term files, <c>input/glossary/&lt;slug&gt;.md</c>: the name, its short
/// forms, the paragraphs that use it as <c>sources</c>, <c>draft: true</c>, and the definition still to write.
/// The sentences the name was found in are listed as comments, so the author sees why it was proposed.
/// </summary>
internal static class GlossaryDrafts
{
    /// <summary>Sentences quoted per candidate; the rest are counted.</summary>
    private const int QuotedSentences = 3;

    /// <param name="citePrefix">"" for the site's main article, "slug#" for another one.</param>
    /// <param name="taken">Slugs and names (compared ignoring case) already in the glossary; candidates matching one are skipped.</param>
    public static IReadOnlyList<ScaffoldFile> Files(IReadOnlyList<GlossaryCandidate> candidates, string citePrefix, ISet<string> taken)
    {
        var files = new List<ScaffoldFile>();
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            var slug = Slug.From(candidate.Name);
            if (slug.Length == 0 || used.Contains(slug) || used.Contains(candidate.Name) || candidate.Aliases.Any(used.Contains))
            {
                continue;
            }

            used.Add(slug);
            used.Add(candidate.Name);
            used.UnionWith(candidate.Aliases);
            files.Add(ScaffoldFile.Text($"input/glossary/{slug}.md", Term(candidate, citePrefix)));
        }

        return files;
    }

    private static string Term(GlossaryCandidate candidate, string citePrefix)
    {
        var paragraphs = candidate.Paragraphs.Count;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(YamlText.Comment("Draft proposed from the article: write the short definition and the definition, check the name, then delete 'draft: true' to publish it (or delete the file).")).Append('\n');
        text.Append(YamlText.Comment(string.Create(CultureInfo.InvariantCulture, $"Found in {paragraphs} paragraph{(paragraphs == 1 ? "" : "s")}:"))).Append('\n');
        foreach (var source in candidate.Sources.Take(QuotedSentences))
        {
            text.Append(YamlText.Comment($"  {source.ParagraphId}: \u201C{source.Sentence}\u201D")).Append('\n');
        }

        if (candidate.Sources.Count > QuotedSentences)
        {
            text.Append(YamlText.Comment(string.Create(CultureInfo.InvariantCulture, $"  … and {candidate.Sources.Count - QuotedSentences} more sentence(s)."))).Append('\n');
        }

        text.Append("term: ").Append(YamlText.Quote(candidate.Name)).Append('\n');
        if (candidate.Aliases.Count > 0)
        {
            text.Append("aliases: ").Append(YamlText.List(candidate.Aliases)).Append('\n');
        }

        if (candidate.Kind == GlossaryCandidateKind.Acronym)
        {
            text.Append("case_sensitive: true\n");
        }

        text.Append("short: ").Append(YamlText.Quote(Placeholders.Write("short definition", "One plain sentence, at most 200 characters."))).Append('\n');
        text.Append("sources: [").Append(string.Join(", ", candidate.Paragraphs.Select(p => citePrefix + "p" + p.ToString(CultureInfo.InvariantCulture)))).Append("]\n");
        text.Append("draft: true\n");
        text.Append("---\n\n");
        text.Append(Placeholders.Write("definition", $"What the article says about {candidate.Name}, each sentence followed by its ¶ chips, e.g. [¶{candidate.Paragraphs[0].ToString(CultureInfo.InvariantCulture)}](cite:{citePrefix}p{candidate.Paragraphs[0].ToString(CultureInfo.InvariantCulture)}). Mark anything from outside the article as such.")).Append('\n');
        return text.ToString();
    }
}
