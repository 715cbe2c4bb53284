using System.Text;

namespace Briefing.Links;

/// <summary>The link index as <c>briefing links</c> prints it: a table for reading, or JSON, Markdown or CSV to paste.</summary>
internal static class LinkListFormat
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Csv = "csv";

    public static readonly string[] All = [Table, Json, Markdown, Csv];

    private const int TextWidth = 60;

    public static string Write(LinkIndex index, string format) => format switch
    {
        Json => LinkIndexJson.Write(index),
        Markdown => WriteMarkdown(index),
        Csv => WriteCsv(index.All()),
        _ => WriteTable(index.All()),
    };

    private static string WriteTable(IReadOnlyList<CitableLink> links)
    {
        if (links.Count == 0)
        {
            return "No links match.\n";
        }

        string[] header = ["KIND", "LINK", "URL", "TEXT"];
        var rows = links.Select(l => new[] { l.Kind, l.Label, l.Url, Shorten(l.Text, TextWidth) }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    private static string WriteMarkdown(LinkIndex index)
    {
        var text = new StringBuilder();
        void Section(string title, IEnumerable<(string Label, string Url, string? Text)> items)
        {
            var list = items.ToList();
            if (list.Count == 0)
            {
                return;
            }

            text.Append(text.Length == 0 ? "" : "\n").Append("## ").Append(title).Append("\n\n");
            foreach (var (label, url, about) in list)
            {
                text.Append("- [").Append(EscapeMarkdown(label)).Append("](").Append(url).Append(')');
                text.Append(string.IsNullOrEmpty(about) ? "" : ": " + EscapeMarkdown(about)).Append('\n');
            }
        }

        Section("Pages", index.Pages.Select(p => (p.Title, p.Url, p.Description)));
        Section("Paragraphs", index.Paragraphs.Select(p => (p.Label, p.Url, (string?)p.FirstWords)));
        Section("Glossary terms", index.Terms.Select(t => (t.Term, t.Url, (string?)t.ShortDefinition)));
        return text.Length == 0 ? "No links match.\n" : text.ToString();
    }

    /// <summary>RFC 4180 CSV with a header row; fields are quoted only when they need it.</summary>
    private static string WriteCsv(IReadOnlyList<CitableLink> links)
    {
        var text = new StringBuilder("kind,label,url,text\n");
        foreach (var link in links)
        {
            text.AppendJoin(',', new[] { link.Kind, link.Label, link.Url, link.Text }.Select(QuoteCsv)).Append('\n');
        }

        return text.ToString();
    }

    private static string QuoteCsv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string EscapeMarkdown(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)].TrimEnd() + "…";
}
