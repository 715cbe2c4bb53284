namespace Briefing.Pipeline.Modules;

/// <summary>Replaces the current documents with the outputs of other pipelines, in the order named.</summary>
public sealed class ReadFromPipelines(params string[] pipelineNames) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. pipelineNames.SelectMany(context.Outputs)]);
}
