using System.Text.Json;
using Briefing.Core;
using Briefing.Layouts;

namespace Briefing.Tests.Publishing;

public sealed class JsonLdTests
{
    private static SiteSettings Settings(string title) => new()
    {
        Title = title,
        Description = "Baku & Moscow <in> “2025”",
        BaseUrl = new Uri("https://example.org/"),
        Publisher = "Briefing",
    };

    [Fact]
    public void Text_cannot_close_the_script_element_it_is_embedded_in()
    {
        var json = JsonLdWriter.Serialize(JsonLd.WebSite(Settings("A </script><script>alert(1)</script> <!-- title"), "https://example.org/"));

        Assert.DoesNotContain("</", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", json, StringComparison.Ordinal);
        Assert.DoesNotContain('<', json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("A </script><script>alert(1)</script> <!-- title", parsed.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Web_site_has_schema_org_fields_in_a_fixed_order_with_readable_letters()
    {
        var json = JsonLdWriter.Serialize(JsonLd.WebSite(Settings("Azerbaijan and Russia"), "https://example.org/"));

        Assert.Equal(
            "{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\",\"name\":\"Azerbaijan and Russia\","
            + "\"description\":\"Baku \\u0026 Moscow \\u003Cin\\u003E “2025”\",\"url\":\"https://example.org/\",\"inLanguage\":\"en\","
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Briefing\"}}",
            json);
    }
}
