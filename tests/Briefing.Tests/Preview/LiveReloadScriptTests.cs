using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class LiveReloadScriptTests
{
    [Fact]
    public void Goes_before_the_closing_body_tag_with_the_page_version()
    {
        var html = LiveReloadScript.Inject("<html><body><p>x</p></body>\n</html>\n", "abc.3");

        Assert.Equal(
            "<html><body><p>x</p><script src=\"/_briefing/live-reload.js\" data-events=\"/_briefing/events\" data-version=\"abc.3\" defer></script>\n</body>\n</html>\n",
            html);
    }

    [Fact]
    public void Goes_at_the_end_of_a_page_without_a_body_tag()
    {
        var html = LiveReloadScript.Inject("<p>fragment</p>", "1");

        Assert.StartsWith("<p>fragment</p><script src=\"/_briefing/live-reload.js\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_handles_every_event_the_server_sends()
    {
        var script = LiveReloadScript.Text;

        foreach (var kind in new[] { ReloadEvent.Hello, ReloadEvent.Reload, ReloadEvent.Css, ReloadEvent.Error, ReloadEvent.Clear })
        {
            Assert.Contains($"on(\"{kind}\"", script, StringComparison.Ordinal);
        }
    }
}
