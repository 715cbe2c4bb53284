using Briefing.Pipeline.Diagnostics;
using Briefing.Tests.Support;
using Briefing.Timeline;

namespace Briefing.Tests.Timeline;

public class TimelineTests
{
    [Theory]
    [InlineData("2020", true)]
    [InlineData("2023-09", true)]
    [InlineData("2025-07-07", true)]
    [InlineData("2024-02-30", false)]
    [InlineData("2020-13", false)]
    [InlineData("July 2025", false)]
    [InlineData("25", false)]
    public void Dates_are_iso_at_year_month_or_day_precision(string date, bool valid) =>
        Assert.Equal(valid, TimelineDate.IsValid(date));

    [Theory]
    [InlineData("2020", "2020")]
    [InlineData("2023-09", "September 2023")]
    [InlineData("2025-07-07", "7 July 2025")]
    public void Dates_print_in_full(string date, string expected)
    {
        using var culture = new CultureScope("ru-RU");
        Assert.Equal(expected, TimelineDate.Display(date));
    }

    [Fact]
    public async Task The_timeline_lists_events_oldest_first_with_time_elements_and_chips()
    {
        using var site = TestSite.CopyOfRepository();

        Assert.True((await site.BuildAsync()).Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, "timeline/index.html"));
        var dates = System.Text.RegularExpressions.Regex.Matches(html, "<time class=\"event-date\" datetime=\"([0-9-]+)\"")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.True(dates.Count >= 8, $"only {dates.Count} events");
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("datetime=\"2025-07-07\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"citation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cited_paragraphs_already_shown_in_the_text_are_not_repeated_as_sources()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/data/timeline.yml", """
            events:
              - date: "2020"
                title: Chips in the text
                text: "Happened. [¶5](cite:p5)"
                cites: [p5, p8]
              - date: "2021"
                title: No chips in the text
                text: "Happened."
                cites: [p9]
            """);

        Assert.True((await site.BuildAsync()).Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, "timeline/index.html"));
        var first = html[html.IndexOf("Chips in the text", StringComparison.Ordinal)..html.IndexOf("No chips in the text", StringComparison.Ordinal)];
        var second = html[html.IndexOf("No chips in the text", StringComparison.Ordinal)..];
        Assert.Matches("<p class=\"chips\">Source: <a class=\"citation\" href=\"[^\"]*#p8\"[^>]*>¶8</a></p>", first);
        Assert.DoesNotMatch("Source:[^<]*<a [^>]*#p5", first);
        Assert.Matches("<p class=\"chips\">Source: <a class=\"citation\" href=\"[^\"]*#p9\"", second);
    }

    [Fact]
    public async Task An_event_without_citations_is_an_error_at_the_event()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/data/timeline.yml", "events:\n  - date: \"2020\"\n    title: Something\n    text: Happened.\n");

        var error = await site.BuildExpectingOneErrorAsync();
        Assert.Equal(new SourceLocation("input/data/timeline.yml", 2, 5), error.Location);
        Assert.Contains("cites no paragraph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_citation_inside_event_text_is_reported_at_the_text()
    {
        using var site = TestSite.CopyOfRepository();
        site.Write("input/data/timeline.yml", "events:\n  - date: \"2020\"\n    title: Something\n    text: \"Happened. [¶40](cite:p40)\"\n    cites: [p5]\n");

        var error = await site.BuildExpectingOneErrorAsync();
        Assert.Equal("input/data/timeline.yml", error.Location?.File);
        Assert.Equal(4, error.Location?.Line);
    }
}
