using AngleSharp.Html.Parser;
using Briefing.Layouts;
using Briefing.Theme;

using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>The copy-link control that term pages (and any other page) include with <c>{% include 'partials/copy-link' %}</c>.</summary>
public sealed class CopyLinkPartialTests
{
    [Fact]
    public void Renders_a_button_that_copies_the_page_url_and_a_polite_status()
    {
        using var theme = new ThemeFiles(RepositoryFiles.Root);
        var renderer = new TemplateRenderer(theme.Provider);
        var page = new PageView("term", "Nagorno-Karabakh", null, "/briefing/glossary/nagorno-karabakh/", "https://example.org/glossary/nagorno-karabakh/", null, null, 0, "term");

        var html = renderer.Render("partials/copy-link.liquid", new { page });

        var fragment = new HtmlParser().ParseDocument(html);
        var button = fragment.QuerySelector("button.copy-link");
        Assert.NotNull(button);
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Equal("https://example.org/glossary/nagorno-karabakh/", button.GetAttribute("data-copy"));
        Assert.Equal("Copy link to Nagorno-Karabakh", button.GetAttribute("aria-label"));
        Assert.Equal("polite", fragment.QuerySelector(".copy-status")?.GetAttribute("aria-live"));
    }
}
