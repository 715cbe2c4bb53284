namespace Briefing.Glossary;

/// <summary>
/// A term file's front matter as written, for the features that read keys of their own from it (the maps read
/// <c>place:</c>). <paramref name="FirstLine"/> is the file line before the YAML's first line, for positions.
/// </summary>
internal sealed record GlossaryFrontMatter(string Yaml, int FirstLine);
