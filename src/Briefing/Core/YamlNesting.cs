using Briefing.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Core;

/// <summary>
/// Bounds how deeply YAML may nest before the node model is built: YamlDotNet's parser walks the text with a
/// stack of its own, but loading the nodes recurses once per level, so thousands of levels would overflow the
/// stack and end the process. No briefing needs more than a few levels.
/// </summary>
internal static class YamlNesting
{
    public const int MaxDepth = 64;

    /// <summary>Throws a located diagnostic when lists and mappings nest more than <see cref="MaxDepth"/> deep.</summary>
    public static void Check(string yaml, string file, int lineOffset)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        var start = parser.Current.Start;
                        throw new DiagnosticException(
                            $"nested too deeply, at most {MaxDepth} levels of lists and mappings",
                            new SourceLocation(file, (int)start.Line + lineOffset, (int)start.Column),
                            "flatten the structure: settings, front matter and data files need only a few levels");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Malformed YAML: the loader that runs next reports it at its place.
        }
    }
}
