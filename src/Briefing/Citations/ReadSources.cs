using Briefing.Pipeline;
using Briefing.Pipeline.Modules;

namespace Briefing.Citations;

/// <summary>Reads <c>input/data/sources.yml</c> into the site's <see cref="SourceList"/>.</summary>
internal sealed class ReadSources : ForEachDocument
{
    protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([input.With(CitationKeys.Sources, SourceList.Parse(input.Content, input.Source))]);
}
