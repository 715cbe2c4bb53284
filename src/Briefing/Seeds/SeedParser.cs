using System.Globalization;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Seeds;

/// <summary>
/// Parses a seed: the raw article text as received from a publisher. The expected shape, every part but the
/// title optional, each part separated by blank lines:
/// <code>
/// Photo: Agency                       credit line (see CreditLine for the known labels)
/// Title                               first non-empty line after the credit
/// Standfirst paragraph                the dek; only recognised when a dateline follows it
/// Published on July 7, 2025           dateline (see DatelineParser)
/// Body paragraph …                    paragraphs p1..pN
/// The views … are those of the author the publisher's disclaimer (see DisclaimerDetector), kept apart
/// </code>
/// Line breaks inside a paragraph become single spaces; all other characters are kept exactly. The text is
/// plain text and is never interpreted as markup. What cannot be recognised still parses, with a warning.
/// </summary>
internal static class SeedParser
{
    /// <summary>A first line longer than this is probably a paragraph, not a title.</summary>
    private const int MaxTitleLength = 200;

    private const string ExpectedShape =
        "a seed is: an optional credit line such as 'Photo: Agency', the title, the standfirst, a dateline " +
        "such as 'Published on July 7, 2025', then the body paragraphs, separated by blank lines";

    /// <summary>Parses UTF-8 bytes, with or without a byte-order mark.</summary>
    /// <exception cref="DiagnosticException">The bytes are not UTF-8, or the seed is empty.</exception>
    public static SeedParseResult Parse(ReadOnlySpan<byte> utf8, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Parse(SeedText.Decode(utf8, file), file);
    }

    /// <summary>Parses seed text; <paramref name="file"/> names the seed in diagnostics.</summary>
    /// <exception cref="DiagnosticException">The seed is empty or has nothing but a credit line.</exception>
    public static SeedParseResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);

        var lines = SourceLines.Split(text.StartsWith('\uFEFF') ? text[1..] : text);
        var warnings = new List<Diagnostic>();

        var titleIndex = NextNonBlank(lines, 0) ?? throw new DiagnosticException(
            "the seed is empty", new SourceLocation(file, 1, 1), $"paste the article text; {ExpectedShape}");

        SeedCredit? credit = null;
        if (CreditLine.TryParse(lines[titleIndex].Text, out var creditLine))
        {
            var creditSource = lines[titleIndex];
            credit = creditLine;
            titleIndex = NextNonBlank(lines, titleIndex + 1) ?? throw new DiagnosticException(
                $"the seed has a credit line ('{creditSource.Text.Trim()}') but no title after it",
                new SourceLocation(file, creditSource.Number, creditSource.FirstTextColumn),
                "put the article's title on the line after the credit line");
        }

        var titleLine = lines[titleIndex];
        var title = titleLine.Text.Trim();
        if (title.Length > MaxTitleLength)
        {
            warnings.Add(Diagnostic.Warning(
                $"the title line is {title.Length.ToString(CultureInfo.InvariantCulture)} characters long, which " +
                "looks like a paragraph rather than a title; it is used as the title anyway",
                new SourceLocation(file, titleLine.Number, titleLine.FirstTextColumn),
                "put the title on its own line at the top (after an optional credit line such as 'Photo: Agency'), " +
                $"or set 'title:' in the sidecar {SidecarName(file)}"));
        }

        var dateline = DatelineLocator.Find(lines, titleIndex + 1);
        var blocks = TextBlock.From(lines, dateline is null ? titleIndex + 1 : dateline.LineIndex + 1);
        if (dateline is null)
        {
            var where = blocks.Count > 0 ? blocks[0].Lines[0] : titleLine;
            warnings.Add(Diagnostic.Warning(
                "no dateline found after the title, so a standfirst cannot be told apart from the body: all text " +
                "after the title is taken as body paragraphs and the article has no date",
                new SourceLocation(file, where.Number, where.FirstTextColumn),
                "if the article has a publication date, put it on its own line after the standfirst, separated " +
                "by blank lines, e.g. 'Published on July 7, 2025', '7 July 2025' or '2025-07-07'"));
        }

        string? disclaimer = null;
        if (blocks.Count > 0 && DisclaimerDetector.IsDisclaimer(blocks[^1].Text))
        {
            disclaimer = blocks[^1].Text;
            blocks = blocks.Take(blocks.Count - 1).ToList();
        }

        var paragraphs = blocks
            .Select((block, index) => new SeedParagraph(index + 1, block.Text, block.Line, block.Column))
            .ToList();
        if (paragraphs.Count == 0)
        {
            var last = lines[LastNonBlank(lines)];
            warnings.Add(Diagnostic.Warning(
                "the seed has no body paragraphs, so there is nothing to cite",
                new SourceLocation(file, last.Number, last.FirstTextColumn),
                $"add the article's body after the header, one paragraph per block of lines; {ExpectedShape}"));
        }

        var dek = dateline is { DekLines.Count: > 0 } ? SourceLines.JoinAsParagraph(dateline.DekLines) : null;
        var article = new SeedArticle(
            title, dek, dateline?.Date, dateline?.Line.Text.Trim(), credit, paragraphs, disclaimer);
        return new SeedParseResult(article, warnings);
    }

    private static int? NextNonBlank(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var index = start; index < lines.Count; index++)
        {
            if (!lines[index].IsBlank)
            {
                return index;
            }
        }

        return null;
    }

    private static int LastNonBlank(IReadOnlyList<SourceLine> lines)
    {
        var index = lines.Count - 1;
        while (index > 0 && lines[index].IsBlank)
        {
            index--;
        }

        return index;
    }

    private static string SidecarName(string file) => Path.ChangeExtension(file, ".yml");
}
