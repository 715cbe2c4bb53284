using System.Text;
using Briefing.Core;

namespace Briefing.Layouts;

/// <summary>
/// The "Cite this" box: a plain-text reference and a BibTeX-style entry, from what the page really knows
/// (no author unless one is given).
/// </summary>
internal sealed record CiteThis(string Text, string Bibtex)
{
    public static CiteThis For(string title, string? author, string? publisher, DateOnly? date, string url, string key)
    {
        var parts = new List<string>();
        if (author is not null)
        {
            parts.Add(author + ".");
        }

        // A title that ends in its own punctuation ("…With Russia?") takes no extra full stop.
        parts.Add(title.EndsWith('.') || title.EndsWith('?') || title.EndsWith('!') ? $"“{title}”" : $"“{title}.”");
        if (publisher is not null)
        {
            parts.Add(publisher + (date is null ? "." : ","));
        }

        if (date is { } d)
        {
            parts.Add(DateText.Full(d) + ".");
        }

        parts.Add(url);

        var bib = new StringBuilder();
        bib.Append("@online{").Append(key).Append(",\n");
        bib.Append("  title = {").Append(title).Append("},\n");
        if (author is not null)
        {
            bib.Append("  author = {").Append(author).Append("},\n");
        }

        if (publisher is not null)
        {
            bib.Append("  organization = {").Append(publisher).Append("},\n");
        }

        if (date is { } iso)
        {
            bib.Append("  date = {").Append(DateText.Iso(iso)).Append("},\n");
        }

        bib.Append("  url = {").Append(url).Append("}\n}");
        return new CiteThis(string.Join(' ', parts), bib.ToString());
    }

    public static string KeyFor(string path) => path.Length == 0 ? "briefing" : Slug.From(path.Replace('/', '-'));
}
