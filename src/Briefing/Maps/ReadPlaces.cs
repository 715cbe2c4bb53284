using Briefing.Core;
using Briefing.Glossary;
using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Maps;

/// <summary>Reads the <c>place:</c> of every glossary term that has one (see <see cref="PlaceReader"/>).</summary>
internal sealed class ReadPlaces : ForEachDocument
{
    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var term = input.Require(GlossaryKeys.Term);
        var frontMatter = input.Require(GlossaryKeys.FrontMatter);
        var map = YamlMapping.Parse(frontMatter.Yaml, input.Source, ReadGlossaryTerm.Keys, frontMatter.FirstLine);
        var place = PlaceReader.Read(map, term.Slug, term.Term);
        map.ThrowIfErrors();
        return Task.FromResult<IReadOnlyList<Document>>([place is null ? input : input.With(MapKeys.Place, place)]);
    }
}
