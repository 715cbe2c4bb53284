using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Core;

namespace Briefing.Tests.Foundation;

public sealed class JsonStringTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("")]
    [InlineData("summaries/context/")]
    [InlineData("../../glossary/baku/")]
    [InlineData("quote \" backslash \\ tab \t line\nend")]
    [InlineData("</script><!-- & ' ’ Нагорный Карабах \u2028 \u0001")]
    public void Text_is_quoted_exactly_as_the_serializer_quotes_it(string text)
    {
        Assert.Equal(JsonSerializer.Serialize(text), JsonString.Quote(text));
        Assert.Equal(JsonSerializer.Serialize(text, Relaxed), JsonString.Quote(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }
}
