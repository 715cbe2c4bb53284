using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Briefing.Pipeline;

namespace Briefing.Tests.Architecture;

/// <summary>
/// The engine is a general pipeline runner: none of its texts (messages, hints, names) may speak of the app that
/// uses it. The check reads every string literal compiled into the engine assembly, so interpolated messages count.
/// </summary>
public sealed class EngineTextTests
{
    [Fact]
    public void No_string_in_the_engine_names_the_app()
    {
        var naming = EngineStrings().Where(s => s.Contains("briefing", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.True(
            naming.Count == 0,
            "the engine (src/Briefing.Pipeline) names the app in: " + string.Join(" | ", naming)
            + "; say it in general terms (\"the program\", \"your content\") instead");
    }

    [Fact]
    public void The_engine_strings_include_its_error_messages()
    {
        // Without this the check above would pass on an empty list if the strings were not read at all.
        Assert.Contains(EngineStrings(), s => s.Contains("not in your content", StringComparison.Ordinal));
    }

    private static List<string> EngineStrings()
    {
        using var stream = File.OpenRead(typeof(Engine).Assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var strings = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            strings.Add(reader.GetUserString(handle));
            handle = reader.GetNextHandle(handle);
        }

        return strings;
    }
}
