using System.Text.Json;
using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class ReloadEventJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void An_event_is_written_as_the_serializer_writes_it_with_web_defaults()
    {
        var events = new[]
        {
            new ReloadEvent(ReloadEvent.Hello, "v1", [], []),
            new ReloadEvent(ReloadEvent.Reload, "v2", ["/", "/glossary/baku/"], []),
            new ReloadEvent(ReloadEvent.Error, "v3", [], [
                new ReloadError("input/index.md", 3, 7, "broken \"link\" </script>", null, "input/index.md:3:7: error: ’Нагорный’"),
                new ReloadError(null, 0, 0, "no file", "a hint & more", "text\nwith a line"),
            ]),
        };

        foreach (var reloadEvent in events)
        {
            Assert.Equal(JsonSerializer.Serialize(reloadEvent, Web), ReloadEventJson.Write(reloadEvent));
        }
    }
}
