using Briefing.Pipeline.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Citations;

/// <summary>
/// Splits a parsed Markdown document (before its links are rewritten) into claims: chips follow the sentence they
/// support, so each run of text up to a group of ¶ or context chips is one claim.
/// </summary>
internal static class ClaimReader
{
    public static IReadOnlyList<Claim> Read(MarkdownDocument document, string file, CitationResolver citations, int lineOffset = 0)
    {
        var claims = new List<Claim>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            var builder = new ClaimBuilder(file, lineOffset, citations, claims);
            builder.Walk(block.Inline);
            builder.Close();
        }

        return claims;
    }

    private sealed class ClaimBuilder(string file, int lineOffset, CitationResolver resolver, List<Claim> claims)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<Citation> _citations = [];
        private SourceLocation? _start;
        private bool _source;
        private bool _inChips;

        public void Walk(ContainerInline container)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LinkInline link when IsChip(link.Url):
                        Chip(link);
                        break;
                    case LiteralInline literal:
                        Text(literal.Content.ToString(), literal);
                        break;
                    case LineBreakInline br:
                        Text(" ", br);
                        break;
                    case CodeInline:
                        break;
                    case ContainerInline inner:
                        Walk(inner);
                        break;
                }
            }
        }

        public void Close()
        {
            if (_citations.Count > 0 && _start is not null)
            {
                claims.Add(new Claim(_text.ToString().Trim(), _start, [.. _citations], _source));
            }

            _text.Clear();
            _citations.Clear();
            _start = null;
            _source = false;
            _inChips = false;
        }

        private void Text(string text, Inline at)
        {
            if (_inChips && !string.IsNullOrWhiteSpace(text))
            {
                Close();
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                _start ??= new SourceLocation(file, at.Line + 1 + lineOffset, at.Column + 1);
            }

            _text.Append(text);
        }

        private void Chip(LinkInline link)
        {
            _inChips = true;
            var url = link.Url!;
            if (url.StartsWith(SourceList.Scheme, StringComparison.Ordinal))
            {
                _source = true;
                return;
            }

            try
            {
                _citations.Add(resolver.Resolve(url[CitationResolver.Scheme.Length..], new SourceLocation(file, link.Line + 1, link.Column + 1)));
            }
            catch (DiagnosticException)
            {
                // The link rewriter reports a citation that does not resolve; this check only reads the ones that do.
            }
        }

        private static bool IsChip(string? url) =>
            url is not null && (url.StartsWith(CitationResolver.Scheme, StringComparison.Ordinal) || url.StartsWith(SourceList.Scheme, StringComparison.Ordinal));
    }
}
