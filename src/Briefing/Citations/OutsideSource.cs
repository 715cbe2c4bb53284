using System.Globalization;
using Briefing.Pipeline.Diagnostics;

namespace Briefing.Citations;

/// <summary>
/// A source outside the article, from <c>input/data/sources.yml</c>: what a context chip links to, so that a reader
/// tells what the article says from what the briefing adds.
/// </summary>
internal sealed record OutsideSource
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Publisher { get; init; }

    /// <summary>The chip's label: the source's short name (defaults to the publisher).</summary>
    public required string Name { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>Absolute http(s) address of the source.</summary>
    public required string Url { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>"7 July 2025", the site's one full-date style; empty without a date.</summary>
    public string DateDisplay => Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public string DateIso => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The chip's accessible name: its visible label first, then publisher, title and date.</summary>
    public string AccessibleName => $"{Name}: {Description}";

    /// <summary>The chip's accessible description: publisher, title and date.</summary>
    public string Description =>
        Date is null ? $"Context from outside the article: {Publisher}, “{Title}”" : $"Context from outside the article: {Publisher}, “{Title}”, {DateDisplay}";
}
